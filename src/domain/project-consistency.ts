/** The facts about a project that must agree with each other. */
export interface ProjectFigures {
  startDate?: string | null;
  endDate?: string | null;
  totalBudgetEur?: number | null;
  euContributionEur?: number | null;
}

/** One way the figures contradict each other, with the field at fault. */
export interface Inconsistency {
  field: 'endDate' | 'euContributionEur';
  message: string;
}

/**
 * How a project's dates and money contradict each other, if they do: an end
 * before the start (ISO dates of any precision compare as text), an EU
 * contribution above the total budget. One rule for the importers and for
 * curation, so a record one accepts the other accepts too.
 */
export function projectInconsistencies(project: ProjectFigures): Inconsistency[] {
  const found: Inconsistency[] = [];
  const { startDate, endDate, totalBudgetEur, euContributionEur } = project;
  if (startDate && endDate && endDate < startDate) {
    found.push({
      field: 'endDate',
      message: `endDate ${endDate} is before startDate ${startDate}`,
    });
  }
  if (totalBudgetEur != null && euContributionEur != null && euContributionEur > totalBudgetEur) {
    found.push({
      field: 'euContributionEur',
      message: `euContributionEur ${euContributionEur} exceeds totalBudgetEur ${totalBudgetEur}`,
    });
  }
  return found;
}
