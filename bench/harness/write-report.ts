import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadReport } from '../dataset/load-dataset.js';
import { SYSTEM_LABELS, SYSTEM_NAMES, type SystemName } from '../systems/system-name.js';
import { barChartSvg } from './bar-chart.js';
import type { Environment } from './environment.js';
import type { BenchmarkResult } from './run-benchmark.js';
import type { SummaryRow } from './summarise.js';

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
  versusNeo4jGraphql: 1.0,
  versusFloorNested: 0.6,
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
      `, ${input.settings.runs} run(s); medians over runs`,
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
    `| shape | ${input.settings.connections.flatMap((c) => [`ours/@neo4j/graphql c${c}`, `ours/floor c${c}`, `ours/naive c${c}`]).join(' | ')} |`,
    `|---|${input.settings.connections.flatMap(() => ['---:', '---:', '---:']).join('|')}|`,
  );
  for (const check of result.checks) {
    lines.push(
      `| ${check.shape} | ` +
        input.settings.connections
          .flatMap((c) => [
            ratio(result.summary, check.shape, 'neo4j-graphql', c),
            ratio(result.summary, check.shape, 'floor', c),
            ratio(result.summary, check.shape, 'naive', c),
          ])
          .join(' | ') +
        ' |',
    );
  }
  lines.push('', '## Targets', '', ...targets(input), '');
  return `${lines.join('\n')}\n`;
}

function targets(input: ReportInput): string[] {
  const { result } = input;
  const out: string[] = [];
  const highest = Math.max(...input.settings.connections);
  for (const check of result.checks) {
    const shape = check.shape;
    const nested = ['deep-nested', 'wide-fan-out'].includes(shape);
    const verdicts: string[] = [];
    for (const c of input.settings.connections) {
      const ours = row(result.summary, shape, 'ours', c);
      const library = row(result.summary, shape, 'neo4j-graphql', c);
      const floor = row(result.summary, shape, 'floor', c);
      if (ours && library) {
        const r = ours.requestsPerSecond / library.requestsPerSecond;
        verdicts.push(
          `c${c} vs @neo4j/graphql ${r.toFixed(2)}× ${mark(r >= TARGETS.versusNeo4jGraphql)}`,
        );
      }
      if (nested && ours && floor) {
        const r = ours.requestsPerSecond / floor.requestsPerSecond;
        verdicts.push(`c${c} vs floor ${r.toFixed(2)}× ${mark(r >= TARGETS.versusFloorNested)}`);
      }
    }
    const top = row(result.summary, shape, 'ours', highest);
    if (top) {
      const tail = top.p99Ms / top.p50Ms;
      verdicts.push(
        `p99/p50 at c${highest} ${tail.toFixed(2)} ${mark(tail <= TARGETS.tailOverMedian)}`,
      );
      if (top.peakRssBytes !== null) {
        verdicts.push(
          `RSS ${Math.round(top.peakRssBytes / 2 ** 20)} MiB ${mark(top.peakRssBytes < TARGETS.rssBytes)}`,
        );
      }
    }
    const trips = check.roundTrips.ours;
    if (trips !== undefined)
      verdicts.push(`${trips} statements for ${levelsOf(input, shape)} levels`);
    out.push(`- **${shape}**: ${verdicts.join('; ')}`);
  }
  return out;
}

function levelsOf(input: ReportInput, shape: string): number | string {
  return input.result.levels[shape] ?? '–';
}

function mark(ok: boolean): string {
  return ok ? '✅' : '❌';
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

function ratio(
  summary: readonly SummaryRow[],
  shape: string,
  other: SystemName,
  c: number,
): string {
  const ours = row(summary, shape, 'ours', c);
  const them = row(summary, shape, other, c);
  return ours && them ? `${(ours.requestsPerSecond / them.requestsPerSecond).toFixed(2)}×` : '–';
}

function fixed(value: number): string {
  return value >= 100 ? Math.round(value).toLocaleString('en') : value.toFixed(1);
}
