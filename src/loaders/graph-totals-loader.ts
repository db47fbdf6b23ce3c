import DataLoader from 'dataloader';
import { MAX_EUR } from '../domain/money.js';
import type { GraphClient } from '../graph/graph-client.js';
import type { GraphTotals } from '../model/aggregate.type.js';
import { keepBudgetSums, knownBudgetSums, type BudgetSums } from './budget-sums-cache.js';

/** What a field needs of the whole-graph totals: the counts, or the budget sums too. */
export type GraphTotalsPart = 'counts' | 'sums';

/** A row of `queries/graph-totals`: the sums are null when they were not computed. */
type GraphTotalsRow = Omit<GraphTotals, 'totalBudgetEur' | 'euContributionEur'> & {
  generation: string | null;
  value: number;
  totalBudgetEur: number | null;
  euContributionEur: number | null;
};

/**
 * Whole-graph totals (`queries/graph-totals`), one statement per request
 * however many root fields need them: `totals`, and the `totalCount` of an
 * unfiltered `organisations` or `projects`. The budget sums read every
 * project, so they are computed only when some field asks for "sums", and
 * taken from this process's last sums while the write epoch has not moved
 * (src/loaders/budget-sums-cache.ts); the counts are read every time.
 */
export function graphTotalsLoader(
  graph: GraphClient,
  options: { batch: boolean },
): DataLoader<GraphTotalsPart, GraphTotals> {
  return new DataLoader(async (parts) => {
    const withSums = parts.includes('sums');
    const known = knownBudgetSums(graph.driver, graph.database);
    const [row] = await graph.batch('queries/graph-totals', parts.length, () =>
      graph.read<GraphTotalsRow>('queries/graph-totals', {
        withSums,
        known: known ? known.epoch : null,
        maxEur: MAX_EUR,
      }),
    );
    if (!row) throw new Error('queries/graph-totals returned no row');
    const { generation, value, totalBudgetEur, euContributionEur, ...counts } = row;
    let sums: Omit<BudgetSums, 'epoch'> | undefined = known;
    if (totalBudgetEur !== null && euContributionEur !== null) {
      sums = { totalBudgetEur, euContributionEur };
      // Before the first write there is no epoch to keep the sums under.
      if (generation !== null) {
        keepBudgetSums(graph.driver, graph.database, { epoch: { generation, value }, ...sums });
      }
    }
    const totals: GraphTotals = {
      ...counts,
      totalBudgetEur: withSums && sums ? sums.totalBudgetEur : 0,
      euContributionEur: withSums && sums ? sums.euContributionEur : 0,
    };
    return parts.map(() => totals);
  }, options);
}
