import DataLoader from 'dataloader';
import { MAX_EUR } from '../domain/money.js';
import type { GraphClient } from '../graph/graph-client.js';
import type { GraphTotals } from '../model/aggregate.type.js';

/** What a field needs of the whole-graph totals: the counts, or the budget sums too. */
export type GraphTotalsPart = 'counts' | 'sums';

/**
 * Whole-graph totals (`queries/graph-totals`), one statement per request
 * however many root fields need them: `totals`, and the `totalCount` of an
 * unfiltered `organisations` or `projects`. The budget sums read every
 * project, so they are computed only when some field asks for "sums".
 */
export function graphTotalsLoader(
  graph: GraphClient,
  options: { batch: boolean },
): DataLoader<GraphTotalsPart, GraphTotals> {
  return new DataLoader(async (parts) => {
    const [row] = await graph.batch('queries/graph-totals', parts.length, () =>
      graph.read<GraphTotals>('queries/graph-totals', {
        withSums: parts.includes('sums'),
        maxEur: MAX_EUR,
      }),
    );
    if (!row) throw new Error('queries/graph-totals returned no row');
    return parts.map(() => row);
  }, options);
}
