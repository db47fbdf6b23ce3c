import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { PROJECT_ROOT } from '../src/config.js';
import { DatasetError } from '../src/import/dataset-error.js';
import { openBenchGraph } from './bench-graph.js';
import { generateDataset } from './dataset/generate.js';
import { loadDataset } from './dataset/load-dataset.js';
import { isScaleName } from './dataset/scales.js';

/**
 * `npm run gen -- --scale small|medium|cordis --seed N [--out dir] [--load]`:
 * writes a synthetic CORDIS-like dataset in the import format and, with
 * --load, imports it into the benchmark database through the ordinary
 * importer, reporting the import time and rows per second.
 */
const program = new Command()
  .name('gen')
  .description('Generate a synthetic partnership dataset in the import format')
  .option('--scale <scale>', 'small | medium | cordis', parseScale, 'small' as const)
  .option('--seed <n>', 'seed of the generator', parseSeed, 1)
  .option('--out <dir>', 'where to write the files (default var/bench-data/<scale>-<seed>)')
  .option('--load', 'import the files into the benchmark database (emptied first)')
  .action(
    async (options: {
      scale: 'small' | 'medium' | 'cordis';
      seed: number;
      out?: string;
      load?: boolean;
    }) => {
      const log = (line: string) => console.log(line);
      const generated = generateDataset(options.scale, options.seed, options.out);
      log(
        `Generated ${options.scale} (seed ${options.seed}) in ${Math.round(generated.elapsedMs)} ms: ` +
          JSON.stringify(generated.summary),
      );
      for (const file of generated.paths) log(`  ${path.relative(process.cwd(), file)}`);
      if (!options.load) return;

      const bench = await openBenchGraph({ fresh: true, log });
      try {
        const report = await loadDataset(bench.graph, generated.paths, log);
        log(
          `Imported ${report.rows} rows from ${report.files} files (${(report.bytes / 1e6).toFixed(1)} MB): ` +
            `read ${(report.readMs / 1000).toFixed(1)} s, import ${(report.importMs / 1000).toFixed(1)} s, ` +
            `${Math.round(report.rowsPerSecond)} rows/s`,
        );
        const resultsDir = path.join(PROJECT_ROOT, 'bench', 'results');
        mkdirSync(resultsDir, { recursive: true });
        writeFileSync(
          path.join(resultsDir, `import-${options.scale}.json`),
          `${JSON.stringify({ scale: options.scale, seed: options.seed, summary: generated.summary, ...report }, null, 2)}\n`,
        );
      } catch (error) {
        if (error instanceof DatasetError) console.error(error.message);
        throw error;
      } finally {
        await bench.close();
      }
    },
  );

function parseScale(value: string): 'small' | 'medium' | 'cordis' {
  if (!isScaleName(value)) throw new InvalidArgumentError('must be small, medium or cordis');
  return value;
}

function parseSeed(value: string): number {
  const seed = Number(value);
  if (!Number.isInteger(seed) || seed < 0) throw new InvalidArgumentError('must be an integer ≥ 0');
  return seed;
}

program.parseAsync().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
