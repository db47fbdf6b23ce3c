import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { PROJECT_ROOT } from '../src/config.js';
import { runAnalyticsBenchmark } from './analytics/run-analytics-benchmark.js';
import { openBenchGraph } from './bench-graph.js';
import { generateDataset } from './dataset/generate.js';
import { holdsDataset } from './dataset/loaded-dataset.js';
import { loadDataset } from './dataset/load-dataset.js';
import { isScaleName, type ScaleName } from './dataset/scales.js';

interface CliOptions {
  scale: ScaleName;
  seed: number;
  requests: number;
  out: string;
}

const MIB = 1024 * 1024;

/**
 * `npm run bench:analytics`: the analytics shapes against our service on a
 * generated dataset (loaded first when the benchmark database lacks it):
 * cold first request, p50 and p99 of cached ones, the service's peak memory,
 * and the whole network's analysis time, refresh after a write and event-loop
 * stall. Writes bench/results/analytics-<scale>.json and prints a table.
 */
const program = new Command()
  .name('bench:analytics')
  .option(
    '--scale <scale>',
    'small | medium | cordis',
    (value: string) => {
      if (!isScaleName(value)) throw new InvalidArgumentError('small, medium or cordis');
      return value;
    },
    'cordis' as ScaleName,
  )
  .option('--seed <n>', 'dataset seed', (value: string) => Number.parseInt(value, 10), 1)
  .option(
    '--requests <n>',
    'cached requests per shape',
    (value: string) => Number.parseInt(value, 10),
    50,
  )
  .option('--out <dir>', 'where the JSON goes', path.join(PROJECT_ROOT, 'bench/results'))
  .action(async (options: CliOptions) => {
    const log = (line: string) => console.log(line);
    let bench = await openBenchGraph({ log });
    try {
      if (!(await holdsDataset(bench.graph, options.scale, options.seed))) {
        if (bench.local) {
          await bench.close();
          bench = await openBenchGraph({ fresh: true, log });
        }
        const generated = generateDataset(options.scale, options.seed);
        await loadDataset(bench.graph, generated.paths, log);
      }
      const result = await runAnalyticsBenchmark({
        graph: bench.graph,
        settings: bench.settings,
        requests: options.requests,
        launch: 'child-process',
        log,
      });
      const report = {
        scale: options.scale,
        seed: options.seed,
        requests: options.requests,
        machine: {
          cpus: os.cpus().length,
          memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
          loadAverage: os.loadavg(),
        },
        peakRssMiB: result.peakRssBytes === null ? null : Math.round(result.peakRssBytes / MIB),
        refresh: result.refresh,
        shapes: result.shapes.map(({ data: _data, ...figures }) => figures),
      };
      mkdirSync(options.out, { recursive: true });
      const file = path.join(options.out, `analytics-${options.scale}.json`);
      writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
      log('| shape | network analysed | cold (ms) | p50 (ms) | p99 (ms) |');
      log('| --- | --- | ---: | ---: | ---: |');
      for (const shape of report.shapes) {
        const size = shape.network
          ? `${shape.network.organisations} organisations, ${shape.network.ties} ties`
          : '';
        log(
          `| ${shape.title} | ${size} | ${shape.coldMs.toFixed(0)} | ${shape.p50Ms.toFixed(1)} | ${shape.p99Ms.toFixed(1)} |`,
        );
      }
      log(
        `peak RSS of the service: ${report.peakRssMiB} MiB; wrote ${path.relative(PROJECT_ROOT, file)}`,
      );
      if (report.shapes.some((shape) => shape.errors.length > 0)) process.exitCode = 1;
    } finally {
      await bench.close();
    }
  });

await program.parseAsync();
