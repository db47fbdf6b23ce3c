import 'reflect-metadata';
import { Command } from 'commander';
import { DatasetError } from '../import/dataset-error.js';
import { DatasetFile } from '../import/dataset-file.js';
import { importDatasets } from '../import/import-datasets.js';
import { readSeedFiles } from '../import/seed-files.js';
import { graphFromEnvironment } from './graph-from-environment.js';

/**
 * `npm run import -- <files…>` loads datasets in the seed format;
 * `npm run seed` loads the curated seed. Both validate everything first and
 * write nothing when any file is invalid (exit code 2).
 */
const program = new Command()
  .name('import')
  .description('Validate and import dataset files (YAML or JSON, seed format) into the graph')
  .argument('[files...]', 'dataset files; none with --seed')
  .option('--seed', 'import the curated seed (seed/*.yaml)')
  .option('--check', 'validate only, write nothing')
  .action(async (paths: string[], options: { seed?: boolean; check?: boolean }) => {
    const log = (line: string) => console.log(line);
    let files: DatasetFile[];
    try {
      files = options.seed ? readSeedFiles() : paths.map((file) => DatasetFile.read(file));
      if (files.length === 0) program.error('Name at least one file, or pass --seed.');
    } catch (error) {
      if (error instanceof DatasetError) {
        console.error(error.message);
        process.exit(2);
      }
      throw error;
    }
    const { graph, close } = await graphFromEnvironment(log);
    try {
      if (options.check) {
        const { validateDatasets } = await import('../import/validate-dataset.js');
        const check = validateDatasets(files);
        if (check.problems.length > 0) throw new DatasetError(check.problems);
        log(`${files.length} file(s) valid`);
        return;
      }
      const reports = await importDatasets(graph, files, { onProgress: log });
      const rows = reports.reduce((sum, report) => sum + report.rows, 0);
      log(`Imported ${reports.length} file(s), ${rows} rows.`);
    } catch (error) {
      if (error instanceof DatasetError) {
        console.error(error.message);
        process.exitCode = 2;
        return;
      }
      throw error;
    } finally {
      await close();
    }
  });

program.parseAsync().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
