import type { OrganisationKind } from '../../domain/organisation-kind.js';
import type { ParticipationRole } from '../../domain/participation-role.js';
import type { DatasetProblem } from '../dataset-error.js';
import { parseCordisAmount } from './cordis-amount.js';
import { parseCordisBoolean } from './cordis-boolean.js';
import { parseNutsCode, parseVatNumber } from './cordis-codes.js';
import { parseCordisCountry, type CordisCountry } from './cordis-country.js';
import type { CsvTable } from './cordis-csv.js';
import { parseCordisGeolocation, type Geolocation } from './cordis-geolocation.js';
import { parseCordisActivityType } from './cordis-organisation-kind.js';
import { parseCordisRole } from './cordis-participation-role.js';
import { CordisRowReader } from './cordis-row-reader.js';
import { parseCordisTotalCost } from './cordis-total-cost.js';

/** The columns of `organization.csv` the importer needs, in both layouts. */
export const ORGANISATION_COLUMNS = ['projectID', 'name', 'country', 'role'] as const;

/**
 * The participant's PIC: `organisationID` in the current layout, `id` in the
 * older one (until about 2021). One of them must be in the header; the older
 * exports leave it empty for early programmes, and then the name keys the
 * organisation (see `organisationKey`).
 */
export const PIC_COLUMNS = ['organisationID', 'id'] as const;

/** Columns of `organization.csv` the importer uses when the export has them. */
export const OPTIONAL_ORGANISATION_COLUMNS = [
  'shortName',
  'activityType',
  'city',
  'vatNumber',
  'SME',
  'nutsCode',
  'geolocation',
  'ecContribution',
  'netEcContribution',
  'totalCost',
  'endOfParticipation',
] as const;

/** One row of `organization.csv`: an organisation taking part in a project. */
export interface CordisParticipationRow {
  projectId: string;
  /** The PIC, when the row has one. */
  pic?: string;
  name: string;
  shortName?: string;
  kind: OrganisationKind;
  country?: CordisCountry;
  city?: string;
  vatNumber?: string;
  nutsCode?: string;
  geolocation?: Geolocation;
  role: ParticipationRole;
  sme?: boolean;
  ecContribution?: number;
  netEcContribution?: number;
  totalCost?: number;
  endOfParticipation?: boolean;
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
  const picColumn = table.has('organisationID') ? 'organisationID' : 'id';
  for (const row of table.rows) {
    const read = new CordisRowReader(table.file, row, problems);
    const projectId = read.identifier('projectID');
    const pic = read.optionalIdentifier(picColumn);
    const name = read.required('name');
    const kind = read.convert('activityType', parseCordisActivityType);
    const country = read.convert('country', parseCordisCountry);
    const role = read.convert('role', parseCordisRole);
    const vatNumber = read.convert('vatNumber', parseVatNumber);
    const nutsCode = read.convert('nutsCode', parseNutsCode);
    const geolocation = read.convert('geolocation', parseCordisGeolocation);
    const sme = read.convert('SME', parseCordisBoolean);
    const ecContribution = read.convert('ecContribution', parseCordisAmount);
    const netEcContribution = read.convert('netEcContribution', parseCordisAmount);
    const totalCost = read.convert('totalCost', parseCordisTotalCost);
    const endOfParticipation = read.convert('endOfParticipation', parseCordisBoolean);
    if (
      read.hasProblems ||
      projectId === undefined ||
      name === undefined ||
      kind === undefined ||
      role === undefined
    ) {
      continue;
    }
    rows.push({
      projectId,
      pic,
      name,
      shortName: read.text('shortName'),
      kind,
      country,
      city: read.text('city'),
      vatNumber,
      nutsCode,
      geolocation,
      role,
      sme,
      ecContribution,
      netEcContribution,
      totalCost,
      endOfParticipation,
      line: row.line,
      lines: row.lines,
    });
  }
  return { rows, problems };
}
