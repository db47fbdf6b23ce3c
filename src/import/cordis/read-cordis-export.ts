import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DatasetError, type DatasetProblem } from '../dataset-error.js';
import { convertCordis, type CordisConversion } from './convert-cordis.js';

export interface CordisExportPaths {
  projects: string;
  organisations: string;
}

export interface ReadCordisOptions {
  sourceId?: string;
  today?: string;
  onProgress?: (message: string) => void;
}

/**
 * Reads and converts a CORDIS export from disk; files are reported by their
 * path relative to the working directory. Throws a DatasetError when a file
 * cannot be read or the export has any problem.
 */
export function readCordisExport(
  paths: CordisExportPaths,
  options: ReadCordisOptions = {},
): CordisConversion {
  const problems: DatasetProblem[] = [];
  const read = (file: string): { name: string; data: Buffer } => {
    const name = path.relative(process.cwd(), file) || file;
    try {
      const data = readFileSync(file);
      options.onProgress?.(`Read ${name} (${Math.round(data.length / 1024)} KiB)`);
      return { name, data };
    } catch (error) {
      problems.push({ file: name, where: 'file', message: (error as Error).message });
      return { name, data: Buffer.alloc(0) };
    }
  };
  const projects = read(paths.projects);
  const organisations = read(paths.organisations);
  if (problems.length > 0) throw new DatasetError(problems);
  const conversion = convertCordis({
    projects,
    organisations,
    sourceId: options.sourceId,
    today: options.today,
  });
  const { dataset } = conversion;
  options.onProgress?.(
    `Converted ${dataset.projects.length} projects, ${dataset.organisations.length} organisations, ` +
      `${dataset.participations.length} participations, ${dataset.countries.length} countries, ` +
      `${dataset.fundingSources.length} framework programmes`,
  );
  return conversion;
}
