import { groupMemberIds } from '../analytics/group-members.js';
import { networkAnalyticsFor } from '../analytics/network-analytics.js';
import type { GraphClient } from '../graph/graph-client.js';
import type { NetworkFilter } from '../model/network-filter.input.js';
import type { NetworkGroupInput } from '../model/network-group.input.js';
import { checkedSlice } from './analytics-filter.js';
import { DEFAULT_SEED } from '../analytics/analytics-limits.js';

/**
 * The organisations of one group of `groupedNetwork` for the same filter and
 * seed: its analysis (cached, or the whole network's from the background)
 * says who is in which country or community. Unknown ids in the filter and
 * an unknown group are refused as BAD_USER_INPUT naming the argument.
 */
export async function groupDrillDown(
  graph: GraphClient,
  filter: NetworkFilter | null,
  group: NetworkGroupInput,
): Promise<string[]> {
  const seed = group.seed ?? DEFAULT_SEED;
  const slice = await checkedSlice(graph, filter, seed);
  const { analysis } = await networkAnalyticsFor(graph).analysis(graph, slice, seed);
  return groupMemberIds(analysis, group.groupBy, group.id);
}
