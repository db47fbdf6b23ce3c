import 'reflect-metadata';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { PROJECT_ROOT } from '../src/config.js';
import { openBenchGraph, type BenchGraph } from './bench-graph.js';
import { generateDataset } from './dataset/generate.js';
import { holdsDataset } from './dataset/loaded-dataset.js';
import { loadDataset, type LoadReport } from './dataset/load-dataset.js';
import { isScaleName, type ScaleName } from './dataset/scales.js';
import { describeEnvironment } from './harness/environment.js';
import { writeReport } from './harness/write-report.js';
import { runBenchmark } from './harness/run-benchmark.js';
import { isSystemName, SYSTEM_NAMES, type SystemName } from './systems/system-name.js';

interface CliOptions {
  smoke?: boolean;
  scale?: ScaleName;
  seed: number;
  connections?: number[];
  duration?: number;
  warmup?: number;
  runs?: number;
  systems: SystemName[];
  shapes?: string[];
  reload?: boolean;
  out?: string;
}

const SMOKE_REQUESTS = 20;

/**
 * `npm run bench`: the systems on the `cordis` dataset (generated and
 * loaded first when the benchmark database does not hold it), 10 and 50
 * connections, five interleaved runs, our service loaded twice in each
 * (the noise measurement); results, a table and a chart under bench/results/.
 * `npm run bench:smoke`: the `small` dataset, 20 requests per shape and
 * system at 10 connections, failing when any system disagrees or any
 * request fails.
 */
const program = new Command()
  .name('bench')
  .description('Compare our service with @neo4j/graphql, raw Cypher and naive resolvers')
  .option('--smoke', 'small dataset, one 1 s run per shape and system; exit 1 on any failure')
  .option('--scale <scale>', 'small | medium | cordis (default cordis; small with --smoke)', scale)
  .option('--seed <n>', 'dataset seed', integer, 1)
  .option('--connections <list>', 'concurrencies, e.g. 10,50', integers)
  .option('--duration <s>', 'measured seconds per run', integer)
  .option('--warmup <s>', 'unmeasured seconds before each run', integer)
  .option('--runs <n>', 'runs per shape, system and concurrency', integer)
  .option('--systems <list>', 'systems to run', systems, [...SYSTEM_NAMES])
  .option('--shapes <list>', 'shapes to run (default: all)', (value: string) => value.split(','))
  .option('--reload', 'generate and load the dataset even when the database holds it')
  .option('--out <dir>', 'where results go (default bench/results, var/bench-smoke with --smoke)')
  .action(async (options: CliOptions) => {
    const log = (line: string) => console.log(line);
    const smoke = options.smoke ?? false;
    const scaleName = options.scale ?? (smoke ? 'small' : 'cordis');
    const settings = {
      connections: options.connections ?? (smoke ? [10] : [10, 50]),
      durationSeconds: options.duration ?? (smoke ? 1 : 10),
      warmupSeconds: options.warmup ?? (smoke ? 0 : 3),
      runs: options.runs ?? (smoke ? 1 : 5),
      // A smoke run sends a fixed number of requests, so even the slowest system completes some.
      requestsPerRun: smoke ? SMOKE_REQUESTS : undefined,
    };
    const outDir =
      options.out ?? path.join(PROJECT_ROOT, smoke ? 'var/bench-smoke' : 'bench/results');

    let bench: BenchGraph = await openBenchGraph({ log });
    let importReport: LoadReport | undefined;
    try {
      if (options.reload || !(await holdsDataset(bench.graph, scaleName, options.seed))) {
        if (bench.local) {
          await bench.close();
          bench = await openBenchGraph({ fresh: true, log });
        } else if (!options.reload) {
          throw new Error(
            `The database at NEO4J_URI holds no generated ${scaleName} dataset (seed ${options.seed}); ` +
              'pass --reload to import it on top of what the database holds.',
          );
        }
        const generated = generateDataset(scaleName, options.seed);
        log(`Generated ${scaleName} (seed ${options.seed}): ${JSON.stringify(generated.summary)}`);
        importReport = await loadDataset(bench.graph, generated.paths, log);
        log(
          `Imported ${importReport.rows} rows in ${(importReport.importMs / 1000).toFixed(1)} s ` +
            `(${Math.round(importReport.rowsPerSecond)} rows/s)`,
        );
      }
      const environment = await describeEnvironment(bench.graph);
      const result = await runBenchmark({
        graph: bench.graph,
        settings: bench.settings,
        systems: options.systems,
        shapes: options.shapes,
        ...settings,
        repeatOurs: !smoke,
        launch: 'child-process',
        log,
      });
      const files = writeReport(outDir, {
        scale: scaleName,
        seed: options.seed,
        smoke,
        settings,
        environment,
        importReport,
        command:
          `npm run ${smoke ? 'bench:smoke' : 'bench'} -- ${process.argv.slice(2).join(' ')}`.trim(),
        result,
      });
      for (const file of files) log(`Wrote ${path.relative(PROJECT_ROOT, file)}`);
      const failures = result.summary.reduce((sum, row) => sum + row.failures, 0);
      if (result.checks.some((check) => !check.equal)) {
        console.error('The systems did not all return the same data; no load was run.');
        process.exitCode = 1;
      } else if (failures > 0) {
        console.error(`${failures} requests failed under load.`);
        process.exitCode = 1;
      }
    } finally {
      await bench.close();
    }
  });

function scale(value: string): ScaleName {
  if (!isScaleName(value)) throw new InvalidArgumentError('must be small, medium or cordis');
  return value;
}

function integer(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('must be an integer ≥ 0');
  return n;
}

function integers(value: string): number[] {
  return value.split(',').map(integer);
}

function systems(value: string): SystemName[] {
  const names = value.split(',');
  for (const name of names) {
    if (!isSystemName(name)) {
      throw new InvalidArgumentError(`unknown system "${name}" (${SYSTEM_NAMES.join(', ')})`);
    }
  }
  return names as SystemName[];
}

program.parseAsync().catch((error: unknown) => {
  console.error((error as Error).stack ?? error);
  process.exit(1);
});
