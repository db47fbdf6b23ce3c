import type { ProjectStatus } from '../../domain/project-status.js';
import type { DatasetProblem } from '../dataset-error.js';
import { parseCordisAmount } from './cordis-amount.js';
import { parseCordisTopics, parseGrantDoi } from './cordis-codes.js';
import type { CsvTable } from './cordis-csv.js';
import { parseCordisDate } from './cordis-date.js';
import { reportCordisInconsistencies } from './cordis-project-consistency.js';
import { parseCordisStatus } from './cordis-project-status.js';
import { CordisRowReader } from './cordis-row-reader.js';
import { parseCordisTotalCost } from './cordis-total-cost.js';

/** The columns of `project.csv` the importer reads. */
export const PROJECT_COLUMNS = [
  'id',
  'acronym',
  'status',
  'title',
  'startDate',
  'endDate',
  'totalCost',
  'ecMaxContribution',
  'frameworkProgramme',
  'objective',
] as const;

/**
 * Columns of `project.csv` read when present: the current layout has them
 * all; the older one calls the master call `call` and lacks the others.
 */
export const OPTIONAL_PROJECT_COLUMNS = [
  'topics',
  'legalBasis',
  'fundingScheme',
  'masterCall',
  'call',
  'ecSignatureDate',
  'grantDoi',
] as const;

/** One project of `project.csv`, its values checked and converted. */
export interface CordisProject {
  cordisId: string;
  acronym?: string;
  title: string;
  status: ProjectStatus;
  startDate?: string;
  endDate?: string;
  totalCost?: number;
  ecMaxContribution?: number;
  frameworkProgramme?: string;
  /** Call topic codes, e.g. `HORIZON-CL3-2021-DRS-01-03`. */
  topics: string[];
  legalBasis?: string;
  fundingScheme?: string;
  masterCall?: string;
  ecSignatureDate?: string;
  grantDoi?: string;
  objective: string;
  line: number;
  lines: string;
}

export interface CordisProjects {
  projects: CordisProject[];
  /** Every project id in the file, valid or not (participations may refer to any of them). */
  ids: Set<string>;
  problems: DatasetProblem[];
}

/**
 * The projects of a `project.csv` table, on `today` (which decides whether a
 * signed project is still ongoing). A row with any problem is left out and
 * its problems reported.
 */
export function readCordisProjects(table: CsvTable, today: string): CordisProjects {
  const problems: DatasetProblem[] = [];
  const projects: CordisProject[] = [];
  const firstLineOf = new Map<string, number>();
  for (const row of table.rows) {
    const read = new CordisRowReader(table.file, row, problems);
    const cordisId = read.identifier('id');
    if (cordisId !== undefined) {
      const seenOn = firstLineOf.get(cordisId);
      if (seenOn !== undefined)
        read.problem('id', `project "${cordisId}" is already on line ${seenOn}`);
      else firstLineOf.set(cordisId, row.line);
    }
    const title = read.required('title');
    const startDate = read.convert('startDate', parseCordisDate);
    const endDate = read.convert('endDate', parseCordisDate);
    reportCordisInconsistencies(read, { startDate, endDate });
    const status = read.convert('status', (raw) => parseCordisStatus(raw, endDate, today));
    const totalCost = read.convert('totalCost', parseCordisTotalCost);
    const ecMaxContribution = read.convert('ecMaxContribution', parseCordisAmount);
    // After the status and cost columns, so that a row's problems stay in column order.
    reportCordisInconsistencies(read, {
      totalBudgetEur: totalCost,
      euContributionEur: ecMaxContribution,
    });
    const topics = read.convert('topics', parseCordisTopics);
    const ecSignatureDate = read.convert('ecSignatureDate', parseCordisDate);
    const grantDoi = read.convert('grantDoi', parseGrantDoi);
    if (
      read.hasProblems ||
      cordisId === undefined ||
      title === undefined ||
      !status ||
      topics === undefined
    ) {
      continue;
    }
    projects.push({
      cordisId,
      acronym: read.text('acronym'),
      title,
      status,
      startDate,
      endDate,
      totalCost,
      ecMaxContribution,
      frameworkProgramme: read.text('frameworkProgramme'),
      topics,
      legalBasis: read.text('legalBasis'),
      fundingScheme: read.text('fundingScheme'),
      masterCall: read.text('masterCall') ?? read.text('call'),
      ecSignatureDate,
      grantDoi,
      objective: row.value('objective'),
      line: row.line,
      lines: row.lines,
    });
  }
  return { projects, ids: new Set(firstLineOf.keys()), problems };
}
