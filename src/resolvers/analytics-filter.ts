import type { GraphClient } from '../graph/graph-client.js';
import type { NetworkFilter } from '../model/network-filter.input.js';
import { sliceFilterOf, type SliceFilter } from '../analytics/slice-filter.js';
import { assertKnownIds } from './assert-known-ids.js';
import { checkInt } from './check-int.js';

/** Seeds accepted by the analytics (any 32-bit unsigned value would do; this keeps them readable). */
export const MAX_SEED = 2_147_483_647;

/**
 * The slice an analytics field was asked about, after the same checks as
 * `partnershipNetwork`: ids must exist (BAD_USER_INPUT naming them), the seed
 * must be in range. `minWeight` and `maxEdges` shape a drawing, not the
 * network analysed, so they are ignored here.
 */
export async function checkedSlice(
  graph: GraphClient,
  filter: NetworkFilter | null | undefined,
  seed: number,
): Promise<SliceFilter> {
  checkInt('seed', seed, 0, MAX_SEED);
  await Promise.all([
    assertKnownIds(graph, 'Project', filter?.projectIds ?? [], 'filter.projectIds'),
    assertKnownIds(
      graph,
      'FundingSource',
      filter?.fundingSourceIds ?? [],
      'filter.fundingSourceIds',
    ),
    assertKnownIds(graph, 'PolicyArea', filter?.policyAreaIds ?? [], 'filter.policyAreaIds'),
  ]);
  return sliceFilterOf(filter);
}
