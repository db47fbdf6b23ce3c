import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadReport } from '../dataset/load-dataset.js';
import { SYSTEM_LABELS, SYSTEM_NAMES, type SystemName } from '../systems/system-name.js';
import { barChartSvg } from './bar-chart.js';
import type { Environment } from './environment.js';
import type { BenchmarkResult } from './run-benchmark.js';
import {
  atLeast,
  atMost,
  MIN_RUNS_FOR_VERDICT,
  ratioSpread,
  showSpread,
  spreadOf,
  valueSpread,
  type Spread,
} from './ratio-spread.js';
import type { RunRecord, SummaryRow } from './summarise.js';

/** The systems ours is compared with, in the ratio table. */
const OTHERS: readonly SystemName[] = ['neo4j-graphql', 'floor', 'naive', 'bare'];

export interface ReportInput {
  scale: string;
  seed: number;
  smoke: boolean;
  settings: {
    connections: number[];
    durationSeconds: number;
    warmupSeconds: number;
    runs: number;
    requestsPerRun?: number;
  };
  environment: Environment;
  importReport?: LoadReport;
  command: string;
  result: BenchmarkResult;
}

/** Targets of the comparison; see bench/RESULTS.md. */
const TARGETS = {
  /** Median at least this, and the spread's lower end at least `versusNeo4jGraphqlFloor`. */
  versusNeo4jGraphql: 1.3,
  versusNeo4jGraphqlFloor: 1.0,
  versusFloor: 0.6,
  versusFloorNested: 0.8,
  /** `{ __typename }` within 1.25× of the bare stack: ours/bare at least 1/1.25. */
  versusBare: 1 / 1.25,
  tailOverMedian: 3,
  rssBytes: 400 * 2 ** 20,
};

/**
 * Writes `<name>.json` (everything measured), `<name>.md` (tables, ratios,
 * targets) and `<name>-rps-c<N>.svg` (requests/s per shape and system, one
 * chart per concurrency) into `outDir`; returns the paths written.
 */
export function writeReport(outDir: string, input: ReportInput): string[] {
  mkdirSync(outDir, { recursive: true });
  const name = input.smoke ? 'smoke' : input.scale;
  const files: string[] = [];
  const write = (file: string, text: string) => {
    const target = path.join(outDir, file);
    writeFileSync(target, text);
    files.push(target);
  };
  write(`${name}.json`, `${JSON.stringify(input, null, 2)}\n`);
  for (const connections of input.settings.connections) {
    write(`${name}-rps-c${connections}.svg`, chart(input, connections));
  }
  write(`${name}.md`, markdown(input, name));
  return files;
}

function chart(input: ReportInput, connections: number): string {
  const { result } = input;
  const systems = systemsOf(result.summary);
  return barChartSvg({
    title: `Requests/s per shape, ${connections} connections (${input.scale} dataset, median of ${input.settings.runs})`,
    yLabel: 'requests per second (log scale)',
    series: systems.map((s) => SYSTEM_LABELS[s]),
    groups: result.checks.map((check) => ({
      label: check.shape,
      values: systems.map(
        (system) =>
          row(result.summary, check.shape, system, connections)?.requestsPerSecond ?? null,
      ),
    })),
  });
}

function markdown(input: ReportInput, name: string): string {
  const { result, environment: env } = input;
  const systems = systemsOf(result.summary);
  const lines: string[] = [
    `# Benchmark results: \`${input.scale}\` dataset (seed ${input.seed})`,
    '',
    `- Date: ${env.date}`,
    `- Machine: ${env.cpu}, ${env.cores} cores, ${env.memoryGiB} GiB, ${env.os}`,
    `- Software: Node ${env.node}, Neo4j ${env.neo4j}, ` +
      Object.entries(env.packages)
        .map(([pkg, version]) => `${pkg} ${version}`)
        .join(', '),
    `- Graph: ${Object.entries(env.graph)
      .map(([key, value]) => `${value.toLocaleString('en')} ${key}`)
      .join(', ')}`,
    `- Load: ${input.settings.connections.join(' and ')} connections, ` +
      (input.settings.requestsPerRun
        ? `${input.settings.requestsPerRun} requests per shape and system`
        : `${input.settings.warmupSeconds} s warm-up + ${input.settings.durationSeconds} s measured`) +
      `, ${input.settings.runs} interleaved run(s) (each run loads every system on a shape before the next shape; the line-up starts one system later each run); medians over runs`,
    `- Command: \`${input.command}\``,
  ];
  if (input.importReport) {
    const r = input.importReport;
    lines.push(
      `- Import: ${r.rows.toLocaleString('en')} rows from ${r.files} files (${(r.bytes / 1e6).toFixed(1)} MB) ` +
        `read in ${(r.readMs / 1000).toFixed(1)} s and imported in ${(r.importMs / 1000).toFixed(1)} s, ` +
        `${Math.round(r.rowsPerSecond).toLocaleString('en')} rows/s`,
    );
  }
  lines.push(
    '',
    '## Same data, and database statements per request',
    '',
    `| shape | same data | levels | ${systems.map((s) => SYSTEM_LABELS[s]).join(' | ')} | our response |`,
    `|---|---|---|${systems.map(() => '---:').join('|')}|---:|`,
  );
  for (const check of result.checks) {
    lines.push(
      `| ${check.shape} | ${check.equal ? 'yes' : `**no**: ${check.problems.join('; ')}`} | ${levelsOf(input, check.shape)} | ` +
        systems.map((s) => check.roundTrips[s] ?? '–').join(' | ') +
        ` | ${(check.responseBytes / 1024).toFixed(1)} KiB |`,
    );
  }
  for (const connections of input.settings.connections) {
    lines.push(
      '',
      `## ${connections} connections`,
      '',
      `![requests/s at ${connections} connections](${name}-rps-c${connections}.svg)`,
      '',
      '| shape | system | req/s | p50 ms | p95 ms | p99 ms | p99/p50 | peak RSS MiB | failures |',
      '|---|---|---:|---:|---:|---:|---:|---:|---:|',
    );
    for (const check of result.checks) {
      for (const system of systems) {
        const r = row(result.summary, check.shape, system, connections);
        if (!r) continue;
        lines.push(
          `| ${check.shape} | ${SYSTEM_LABELS[system]} | ${fixed(r.requestsPerSecond)} | ${fixed(r.p50Ms)} | ` +
            `${fixed(r.p95Ms)} | ${fixed(r.p99Ms)} | ${(r.p99Ms / r.p50Ms).toFixed(2)} | ` +
            `${r.peakRssBytes === null ? '–' : Math.round(r.peakRssBytes / 2 ** 20)} | ${r.failures} |`,
        );
      }
    }
  }
  lines.push(
    '',
    '## Ratios (requests/s of ours divided by the other system’s)',
    '',
    'Each ratio is taken within one run (the two systems loaded minutes apart at most); ' +
      'the figure is the median over the runs and the range is the lowest and highest run.',
    '',
    `| shape | ${input.settings.connections.flatMap((c) => OTHERS.map((o) => `ours/${SYSTEM_LABELS[o]} c${c}`)).join(' | ')} |`,
    `|---|${input.settings.connections.flatMap(() => OTHERS.map(() => '---:')).join('|')}|`,
  );
  for (const check of result.checks) {
    lines.push(
      `| ${check.shape} | ` +
        input.settings.connections
          .flatMap((c) =>
            OTHERS.map((other) =>
              showSpread(
                ratioSpread(result.records, check.shape, c, { system: 'ours' }, { system: other }),
              ),
            ),
          )
          .join(' | ') +
        ' |',
    );
  }
  lines.push('', ...noise(input), '', ...machineLoad(input), '', ...leftInFlight(input));
  lines.push('', '## Targets', '', ...targets(input), '');
  return `${lines.join('\n')}\n`;
}

function targets(input: ReportInput): string[] {
  const { result } = input;
  const records = result.records;
  const out: string[] = [
    'A verdict is given only where the whole spread of the runs lies on one side of the target ' +
      '(– where it crosses it). Against @neo4j/graphql the target is a median of at least ' +
      `${TARGETS.versusNeo4jGraphql}× with the lowest run at least ${TARGETS.versusNeo4jGraphqlFloor}×: ` +
      `✅ when every run is at least ${TARGETS.versusNeo4jGraphql}×, ❌ when no run is or the lowest is ` +
      `below ${TARGETS.versusNeo4jGraphqlFloor}×. ` +
      'The bare stack (the same Apollo Server and Express over our SDL, default resolvers and the ' +
      'floor’s one statement) against the floor is the most a service on this stack reaches; ' +
      'ours/bare is what our layers cost on top of it. ' +
      `Fewer than ${MIN_RUNS_FOR_VERDICT} runs with a throughput on both sides (responses, and a median response no longer than the measured window): no verdict.`,
    '',
  ];
  const highest = Math.max(...input.settings.connections);
  for (const check of result.checks) {
    const shape = check.shape;
    const nested = ['deep-nested', 'wide-fan-out'].includes(shape);
    const verdicts: string[] = [];
    for (const c of input.settings.connections) {
      const library = ratioSpread(
        records,
        shape,
        c,
        { system: 'ours' },
        { system: 'neo4j-graphql' },
      );
      if (library) {
        const mark =
          library.runs >= MIN_RUNS_FOR_VERDICT && library.min < TARGETS.versusNeo4jGraphqlFloor
            ? '❌'
            : atLeast(library, TARGETS.versusNeo4jGraphql);
        verdicts.push(`c${c} vs @neo4j/graphql ${showSpread(library)} ${mark}`);
      }
      const floor = ratioSpread(records, shape, c, { system: 'ours' }, { system: 'floor' });
      if (floor) {
        const target = nested ? TARGETS.versusFloorNested : TARGETS.versusFloor;
        verdicts.push(`c${c} vs floor ${showSpread(floor)} ${atLeast(floor, target)}`);
      }
      const bare = ratioSpread(records, shape, c, { system: 'ours' }, { system: 'bare' });
      if (bare && shape === 'typename') {
        verdicts.push(
          `c${c} bare/ours ${showSpread(inverse(bare))} ${atLeast(bare, TARGETS.versusBare)}`,
        );
      } else if (bare) {
        // The most any service on Apollo and Express reaches against the floor, and what ours adds to it.
        const ceiling = ratioSpread(records, shape, c, { system: 'bare' }, { system: 'floor' });
        verdicts.push(
          `c${c} bare stack vs floor ${showSpread(ceiling)}, ours/bare ${showSpread(bare)}`,
        );
      }
    }
    const tail = valueSpread(
      records,
      shape,
      highest,
      'ours',
      (r) => r.latencyMs.p99 / r.latencyMs.p50,
    );
    if (tail) {
      verdicts.push(
        `p99/p50 at c${highest} ${showSpread(tail, '')} ${atMost(tail, TARGETS.tailOverMedian)}`,
      );
    }
    // Runs recorded before `sentInPeriod` existed have none.
    const steady = records.every((r) => (r as Partial<RunRecord>).sentInPeriod !== undefined)
      ? valueSpread(
          records,
          shape,
          highest,
          'ours',
          (r) => r.sentInPeriod.p99Ms / r.sentInPeriod.p50Ms,
        )
      : undefined;
    if (steady) {
      verdicts.push(
        `of requests sent after the warm-up ${showSpread(steady, '')} ${atMost(steady, TARGETS.tailOverMedian)}`,
      );
    }
    const top = row(result.summary, shape, 'ours', highest);
    if (top?.peakRssBytes != null) {
      verdicts.push(
        `RSS ${Math.round(top.peakRssBytes / 2 ** 20)} MiB ${top.peakRssBytes < TARGETS.rssBytes ? '✅' : '❌'}`,
      );
    }
    const trips = check.roundTrips.ours;
    if (trips !== undefined)
      verdicts.push(`${trips} statements for ${levelsOf(input, shape)} levels`);
    out.push(`- **${shape}**: ${verdicts.join('; ')}`);
  }
  return out;
}

/** Our service against itself, loaded twice back to back: what a ratio of 1 looks like here. */
function noise(input: ReportInput): string[] {
  const { records } = input.result;
  if (!records.some((r) => r.repeat === 1)) return [];
  const lines = [
    '## How noisy is this machine',
    '',
    'Our service loaded twice in a row with the same shape (second divided by first, per run):',
    '',
    `| shape | ${input.settings.connections.map((c) => `c${c}`).join(' | ')} |`,
    `|---|${input.settings.connections.map(() => '---:').join('|')}|`,
  ];
  const all: number[] = [];
  for (const check of input.result.checks) {
    const cells = input.settings.connections.map((c) => {
      const spread = ratioSpread(
        records,
        check.shape,
        c,
        { system: 'ours', repeat: 1 },
        { system: 'ours' },
      );
      return showSpread(spread);
    });
    lines.push(`| ${check.shape} | ${cells.join(' | ')} |`);
  }
  for (const again of records.filter((r) => r.repeat === 1)) {
    const first = records.find(
      (r) =>
        r.repeat === 0 &&
        r.system === again.system &&
        r.shape === again.shape &&
        r.connections === again.connections &&
        r.run === again.run,
    );
    if (first && first.requests > 0 && again.requests > 0) {
      all.push(again.requestsPerSecond / first.requestsPerSecond);
    }
  }
  const overall = spreadOf(all);
  if (overall) {
    lines.push(
      '',
      `Over all ${overall.runs} pairs: median ${showSpread(overall)}; ` +
        `half of them within ${percentOff(all, 50)} % of 1, nine in ten within ${percentOff(all, 90)} %.`,
    );
  }
  return lines;
}

/** How far from 1 the ratios are: the p-th percentile of |ratio − 1|, in percent. */
function percentOff(ratios: readonly number[], p: number): string {
  const offs = ratios.map((r) => Math.abs(r - 1)).sort((a, b) => a - b);
  const index = Math.min(offs.length - 1, Math.max(0, Math.ceil((p / 100) * offs.length) - 1));
  return ((offs[index] ?? 0) * 100).toFixed(0);
}

function machineLoad(input: ReportInput): string[] {
  const loads = input.result.records.flatMap((r) => r.loadAverage);
  const spread = spreadOf(loads);
  if (!spread) return [];
  return [
    '## Machine load',
    '',
    `One-minute load average sampled before and after every load: median ${spread.median.toFixed(1)}, ` +
      `${spread.min.toFixed(1)}–${spread.max.toFixed(1)} on ${input.environment.cores} cores ` +
      '(the harness, the systems, Neo4j and anything else the machine ran).',
  ];
}

/**
 * How long Neo4j took, after each system's loads, to finish the statements
 * the load left running (the next load waited for them): median and
 * longest wait per system and concurrency. Older records have no wait.
 */
function leftInFlight(input: ReportInput): string[] {
  const records = input.result.records.filter((r) => r.settledMs !== undefined);
  if (records.length === 0) return [];
  const { connections } = input.settings;
  const lines = [
    '## Statements left in flight',
    '',
    'A client that hangs up does not stop the statement its request started. ' +
      'After every load the harness waited until Neo4j ran no statement but its own probe ' +
      'before the next load began; how long that took, in ms, median (longest) over the loads of each system:',
    '',
    `| system | ${connections.map((c) => `c${c}`).join(' | ')} |`,
    `|---|${connections.map(() => '---:').join('|')}|`,
  ];
  for (const system of systemsOf(input.result.summary)) {
    const cells = connections.map((c) => {
      const waits = records
        .filter((r) => r.system === system && r.connections === c)
        .map((r) => r.settledMs as number);
      const spread = spreadOf(waits);
      return spread ? `${spread.median.toFixed(0)} (${spread.max.toFixed(0)})` : '–';
    });
    lines.push(`| ${SYSTEM_LABELS[system]} | ${cells.join(' | ')} |`);
  }
  return lines;
}

function inverse(spread: Spread): Spread {
  return { median: 1 / spread.median, min: 1 / spread.max, max: 1 / spread.min, runs: spread.runs };
}

function levelsOf(input: ReportInput, shape: string): number | string {
  return input.result.levels[shape] ?? '–';
}

function systemsOf(summary: readonly SummaryRow[]): SystemName[] {
  const present = new Set(summary.map((r) => r.system));
  return SYSTEM_NAMES.filter((s) => present.has(s) || summary.length === 0);
}

function row(
  summary: readonly SummaryRow[],
  shape: string,
  system: SystemName,
  connections: number,
) {
  return summary.find(
    (r) => r.shape === shape && r.system === system && r.connections === connections,
  );
}

function fixed(value: number | null): string {
  // No response in a load: no latency (NaN, written to JSON as null).
  if (value === null || !Number.isFinite(value)) return '–';
  return value >= 100 ? Math.round(value).toLocaleString('en') : value.toFixed(1);
}
