import os from 'node:os';
import type { GraphClient } from '../../src/graph/graph-client.js';
import type { Neo4jSettings } from '../bench-graph.js';
import { allShapes } from '../shapes/all-shapes.js';
import { pickFixtures } from '../shapes/fixtures.js';
import type { Fixtures, Shape } from '../shapes/shape.js';
import type { RunningSystem } from '../systems/running-system.js';
import { spawnSystem } from '../systems/spawn-system.js';
import { startSystem } from '../systems/start-system.js';
import type { SystemName } from '../systems/system-name.js';
import { checkShapes, type ShapeCheck } from './check-shapes.js';
import { waitUntilDatabaseIdle } from './settle.js';
import { runLoad } from './load.js';
import { summarise, type RunRecord, type SummaryRow } from './summarise.js';

export interface BenchmarkOptions {
  /** Our client on the benchmark database (the dataset already loaded). */
  graph: GraphClient;
  settings: Neo4jSettings;
  systems: readonly SystemName[];
  /** Only these shapes (all when absent). */
  shapes?: readonly string[];
  connections: readonly number[];
  durationSeconds: number;
  warmupSeconds: number;
  /** Smoke runs: a fixed number of requests per run instead of a duration. */
  requestsPerRun?: number;
  /** Smoke runs: load the systems at the same time (nothing is measured then, only served). */
  concurrentSystems?: boolean;
  runs: number;
  /** Load our service a second time right after the first, in every run (the noise measurement). */
  repeatOurs?: boolean;
  /** Each system in its own child process (memory measured), or all in this process. */
  launch: 'child-process' | 'in-process';
  log?: (line: string) => void;
}

export interface BenchmarkResult {
  fixtures: Fixtures;
  /** Database levels of each shape's query. */
  levels: Record<string, number>;
  checks: ShapeCheck[];
  records: RunRecord[];
  summary: SummaryRow[];
}

/**
 * The benchmark: starts every system on the same database, checks that they
 * all give the same answer to every shape, then loads each system with each
 * shape at each concurrency, `runs` times, interleaved: run 1 loads every
 * system on shape 1, then every system on shape 2, …, then run 2 does the
 * same (A B C D, A B C D), so that drift (caches, other load on the machine)
 * falls on all systems alike and each ratio can be taken within one run.
 * Stops every system it started, also on failure. The load is not run when a
 * check fails.
 */
export async function runBenchmark(options: BenchmarkOptions): Promise<BenchmarkResult> {
  const log = options.log ?? (() => {});
  const fixtures = await pickFixtures(options.graph);
  log(`Fixtures: ${JSON.stringify(fixtures)}`);
  const shapes = allShapes(fixtures).filter(
    (shape) => !options.shapes || options.shapes.includes(shape.name),
  );
  const levels = Object.fromEntries(shapes.map((shape) => [shape.name, shape.levels]));
  const systems = new Map<SystemName, RunningSystem>();
  try {
    for (const name of options.systems) {
      const started = performance.now();
      const system =
        options.launch === 'child-process'
          ? await spawnSystem(name, options.settings)
          : await startSystem(name, options.settings);
      systems.set(name, system);
      log(`Started ${name} at ${system.url} in ${Math.round(performance.now() - started)} ms`);
    }
    const checks = await checkShapes(shapes, systems);
    for (const check of checks) {
      log(
        `Check ${check.shape}: ${check.equal ? 'same data' : 'DIFFERENT'}; statements ${JSON.stringify(check.roundTrips)}` +
          (check.problems.length > 0 ? `\n  ${check.problems.join('\n  ')}` : ''),
      );
    }
    if (checks.some((check) => !check.equal))
      return { fixtures, levels, checks, records: [], summary: [] };
    const records = await loadAll(shapes, systems, options, log);
    return { fixtures, levels, checks, records, summary: summarise(records) };
  } finally {
    for (const system of systems.values()) await system.stop();
  }
}

async function loadAll(
  shapes: readonly Shape[],
  systems: ReadonlyMap<SystemName, RunningSystem>,
  options: BenchmarkOptions,
  log: (line: string) => void,
): Promise<RunRecord[]> {
  const records: RunRecord[] = [];
  const order = [...systems];
  for (let run = 1; run <= options.runs; run += 1) {
    // Each run starts the line-up one system later, so no system is always
    // the first loaded after a change of shape.
    const lineUp = order.map((_, i) => order[(i + run - 1) % order.length]!);
    for (const connections of options.connections) {
      for (const shape of shapes) {
        const loadOne = async ([name, system]: [SystemName, RunningSystem], repeat: number) => {
          const request = shape.request(name);
          if (!request) return;
          const loadBefore = loadAverage();
          const result = await runLoad({
            url: system.url,
            request,
            connections,
            durationSeconds: options.durationSeconds,
            warmupSeconds: options.warmupSeconds,
            amount: options.requestsPerRun,
            pid: options.launch === 'child-process' ? system.pid : undefined,
          });
          const loadAfter = loadAverage();
          // The requests still in flight when the load ended run on in Neo4j:
          // the next load starts once they are done.
          const settled = await waitUntilDatabaseIdle(options.graph);
          records.push({
            ...result,
            shape: shape.name,
            system: name,
            run,
            repeat,
            loadAverage: [loadBefore, loadAfter],
            settledMs: settled.waitedMs,
          });
          const failures = result.errors + result.timeouts + result.non2xx + result.errorBodies;
          log(
            `run ${run} c=${connections} ${shape.name} ${name}${repeat ? ' (again)' : ''}: ` +
              `${result.requestsPerSecond.toFixed(1)} req/s, ` +
              `p50 ${result.latencyMs.p50.toFixed(1)} ms, p99 ${result.latencyMs.p99.toFixed(1)} ms` +
              (result.peakRssBytes
                ? `, rss ${Math.round(result.peakRssBytes / 2 ** 20)} MiB`
                : '') +
              `, load ${loadBefore.toFixed(1)}–${loadAfter.toFixed(1)}` +
              `, database ${settled.idle ? 'idle' : 'STILL BUSY'} after ${settled.waitedMs} ms` +
              (result.tail.length > 0
                ? `, ${result.tail.length} over 3× p50 sent at ${result.tail[0]!.sentAtSeconds}…${result.tail.at(-1)!.sentAtSeconds} s`
                : '') +
              (failures > 0 ? `, ${failures} FAILED` : ''),
          );
        };
        if (options.concurrentSystems) {
          await Promise.all(lineUp.map((entry) => loadOne(entry, 0)));
        } else {
          for (const entry of lineUp) {
            await loadOne(entry, 0);
            // The same system again, back to back: how far two measurements
            // of one thing differ on this machine (the noise section).
            if (options.repeatOurs && entry[0] === 'ours') await loadOne(entry, 1);
          }
        }
      }
    }
  }
  return records;
}

/** The machine's one-minute load average (0 where the system does not report it). */
function loadAverage(): number {
  return os.loadavg()[0] ?? 0;
}
