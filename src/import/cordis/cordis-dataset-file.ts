import type { DatasetProblem } from '../dataset-error.js';
import { DatasetFile } from '../dataset-file.js';
import type { CordisConversion, CordisFileNames } from './convert-cordis.js';

// Sections whose records come from organization.csv; all others come from project.csv.
const ORGANISATION_FILE_SECTIONS: ReadonlySet<string> = new Set([
  'organisations',
  'participations',
  'countries',
]);

/** A converted CORDIS export as one dataset file, for validation and import. */
export function cordisDatasetFile(conversion: CordisConversion): DatasetFile {
  const { projects, organisations } = conversion.files;
  return DatasetFile.fromObject(
    conversion.dataset,
    `${projects} + ${organisations}`,
    conversion.lines,
  );
}

/**
 * Points a problem found in the converted dataset at the CSV file its record
 * came from. Validation names one file per dataset; the record's section
 * (the start of `where`, e.g. `organisations[3] (id "…").name`) tells which.
 */
export function inCordisFile(problem: DatasetProblem, files: CordisFileNames): DatasetProblem {
  const section = /^[A-Za-z]+/.exec(problem.where)?.[0] ?? '';
  const file = ORGANISATION_FILE_SECTIONS.has(section) ? files.organisations : files.projects;
  return { ...problem, file };
}
