import {
  projectInconsistencies,
  type Inconsistency,
  type ProjectFigures,
} from '../../domain/project-consistency.js';
import type { CordisRowReader } from './cordis-row-reader.js';

/** The `project.csv` column each consistency rule blames, and how the reader words it. */
const IN_CORDIS_TERMS: Record<
  Inconsistency['field'],
  { column: string; message(figures: ProjectFigures): string }
> = {
  endDate: {
    column: 'endDate',
    message: ({ startDate, endDate }) => `"${endDate}" is before the startDate "${startDate}"`,
  },
  euContributionEur: {
    column: 'ecMaxContribution',
    message: ({ totalBudgetEur, euContributionEur }) =>
      `the EU contribution ${euContributionEur} exceeds the totalCost ${totalBudgetEur}`,
  },
};

/**
 * Reports, on the row's line, how a CORDIS project's figures contradict each
 * other. The rule is the one importers and curation share
 * (`projectInconsistencies`); only the column names and wording are CORDIS's.
 */
export function reportCordisInconsistencies(read: CordisRowReader, figures: ProjectFigures): void {
  for (const { field } of projectInconsistencies(figures)) {
    const { column, message } = IN_CORDIS_TERMS[field];
    read.problem(column, message(figures));
  }
}
