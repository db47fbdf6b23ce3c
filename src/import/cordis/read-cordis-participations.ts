import type { OrganisationKind } from '../../domain/organisation-kind.js';
import type { ParticipationRole } from '../../domain/participation-role.js';
import type { DatasetProblem } from '../dataset-error.js';
import { parseCordisCountry, type CordisCountry } from './cordis-country.js';
import type { CsvTable } from './cordis-csv.js';
import { parseCordisActivityType } from './cordis-organisation-kind.js';
import { parseCordisRole } from './cordis-participation-role.js';
import { CordisRowReader } from './cordis-row-reader.js';

/** The columns of `organization.csv` the importer needs. */
export const ORGANISATION_COLUMNS = [
  'projectID',
  'organisationID',
  'name',
  'shortName',
  'activityType',
  'country',
  'role',
] as const;

/** Columns of `organization.csv` the importer uses when the export has them. */
export const OPTIONAL_ORGANISATION_COLUMNS = ['city'] as const;

/** One row of `organization.csv`: an organisation taking part in a project. */
export interface CordisParticipationRow {
  projectId: string;
  organisationId: string;
  name: string;
  shortName?: string;
  kind: OrganisationKind;
  country?: CordisCountry;
  city?: string;
  role: ParticipationRole;
  line: number;
  lines: string;
}

export interface CordisParticipationRows {
  rows: CordisParticipationRow[];
  problems: DatasetProblem[];
}

/** The rows of an `organization.csv` table; a row with any problem is left out and its problems reported. */
export function readCordisParticipations(table: CsvTable): CordisParticipationRows {
  const problems: DatasetProblem[] = [];
  const rows: CordisParticipationRow[] = [];
  for (const row of table.rows) {
    const read = new CordisRowReader(table.file, row, problems);
    const projectId = read.identifier('projectID');
    const organisationId = read.identifier('organisationID');
    const name = read.required('name');
    const kind = read.convert('activityType', parseCordisActivityType);
    const country = read.convert('country', parseCordisCountry);
    const role = read.convert('role', parseCordisRole);
    if (
      read.hasProblems ||
      projectId === undefined ||
      organisationId === undefined ||
      name === undefined ||
      kind === undefined ||
      role === undefined
    ) {
      continue;
    }
    rows.push({
      projectId,
      organisationId,
      name,
      shortName: read.text('shortName'),
      kind,
      country,
      city: read.text('city'),
      role,
      line: row.line,
      lines: row.lines,
    });
  }
  return { rows, problems };
}
