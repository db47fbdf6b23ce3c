import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { DEFAULT_SEED } from '../analytics/analytics-limits.js';
import { metricsById } from '../analytics/analysis-index.js';
import { networkAnalyticsFor } from '../analytics/network-analytics.js';
import type { Context } from '../context.js';
import { GroupedNetwork } from '../model/analytics/grouped-network.type.js';
import { NetworkGroupTie } from '../model/analytics/network-group-tie.type.js';
import { NetworkGroup } from '../model/analytics/network-group.type.js';
import { NetworkGrouping } from '../model/analytics/network-grouping.enum.js';
import { NetworkFilter } from '../model/network-filter.input.js';
import { checkedSlice } from './analytics-filter.js';
import { checkInt } from './check-int.js';

/** The most groups or group ties one answer lists. */
const MAX_FIRST = 1_000;

@Resolver(() => GroupedNetwork)
export class GroupedNetworkResolver {
  @Query(() => GroupedNetwork, {
    description:
      'An aggregated view of the co-partnership network of a filter (none: the whole network): ' +
      'countries or communities as nodes, sized by their organisations, and between two groups the ' +
      'ties of their organisations summed. From the same analysis as `networkAnalytics` (same seed, ' +
      'same communities); drill into a group with `partnershipNetwork(group: {groupBy, id, seed})`.',
  })
  async groupedNetwork(
    @Arg('filter', () => NetworkFilter, { nullable: true }) filter: NetworkFilter | null,
    @Arg('groupBy', () => NetworkGrouping, {
      description: 'What the nodes are: countries or communities.',
    })
    groupBy: NetworkGrouping,
    @Arg('seed', () => Int, {
      defaultValue: DEFAULT_SEED,
      description: 'Seed of the community detection (0–2147483647).',
    })
    seed: number,
    @Ctx() { graph }: Context,
  ): Promise<GroupedNetwork> {
    const slice = await checkedSlice(graph, filter, seed);
    const { analysis, current } = await networkAnalyticsFor(graph).analysis(graph, slice, seed);
    const summary = analysis.groupedBy[groupBy];
    return {
      groupBy,
      seed: analysis.seed,
      current,
      projectCount: analysis.projectCount,
      organisations: analysis.organisations.length,
      groupCount: summary.groups.length,
      tieCount: summary.ties.length,
      summary,
      analysis,
    };
  }

  @FieldResolver(() => [NetworkGroup], { description: 'Groups, largest first (then by id).' })
  groups(
    @Root() root: GroupedNetwork,
    @Arg('first', () => Int, { defaultValue: 100, description: 'How many (1–1000).' })
    first: number,
  ): NetworkGroup[] {
    const limit = checkInt('first', first, 1, MAX_FIRST);
    const byId = metricsById(root.analysis);
    return root.summary.groups.slice(0, limit).map((group) => ({
      id: group.id,
      size: group.size,
      internalTies: group.internalTies,
      internalWeight: group.internalWeight,
      topMembers: group.topMemberIds.map((id) => byId.get(id)!),
    }));
  }

  @FieldResolver(() => [NetworkGroupTie], {
    description: 'Ties between groups, heaviest first (then by source and target).',
  })
  ties(
    @Root() root: GroupedNetwork,
    @Arg('first', () => Int, { defaultValue: 500, description: 'How many (1–1000).' })
    first: number,
  ): NetworkGroupTie[] {
    return root.summary.ties.slice(0, checkInt('first', first, 1, MAX_FIRST));
  }
}
