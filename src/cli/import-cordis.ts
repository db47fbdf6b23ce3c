import 'reflect-metadata';
import { Command } from 'commander';
import { checkCordis, importCordis } from '../import/cordis/import-cordis.js';
import { readCordisExport } from '../import/cordis/read-cordis-export.js';
import { DatasetError } from '../import/dataset-error.js';
import { graphFromEnvironment } from './graph-from-environment.js';

/**
 * `npm run import:cordis -- --projects project.csv --organisations organization.csv`
 * converts a CORDIS export into the dataset format and imports it. Everything
 * is validated first; nothing is written when any row is invalid (exit code 2,
 * with every problem as `file:line: column: what is wrong`).
 */
const program = new Command()
  .name('import:cordis')
  .description('Validate and import a CORDIS open-data export (project.csv, organization.csv)')
  .requiredOption('--projects <file>', 'the CORDIS project.csv')
  .requiredOption('--organisations <file>', 'the CORDIS organization.csv')
  .option('--source-id <id>', 'id of the Source node (default: cordis-<projects file name>)')
  .option('--check', 'validate only, write nothing (needs no database)')
  .action(
    async (options: {
      projects: string;
      organisations: string;
      sourceId?: string;
      check?: boolean;
    }) => {
      const log = (line: string) => console.log(line);
      try {
        const conversion = readCordisExport(
          { projects: options.projects, organisations: options.organisations },
          { sourceId: options.sourceId, onProgress: log },
        );
        if (options.check) {
          checkCordis(conversion);
          log('The export is valid.');
          return;
        }
        const { graph, close } = await graphFromEnvironment(log);
        try {
          const report = await importCordis(graph, conversion, { onProgress: log });
          log(`Imported ${report.rows} rows from source "${report.source}".`);
        } finally {
          await close();
        }
      } catch (error) {
        if (error instanceof DatasetError) {
          console.error(error.message);
          process.exitCode = 2;
          return;
        }
        throw error;
      }
    },
  );

program.parseAsync().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
