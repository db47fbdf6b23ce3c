import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { networkAnalyticsFor } from '../analytics/network-analytics.js';
import { DEFAULT_SEED } from '../analytics/analytics-limits.js';
import { metricsById, rankedBy } from '../analytics/analysis-index.js';
import type { OrganisationMetrics } from '../analytics/network-analysis.js';
import type { Context } from '../context.js';
import { CommunityTie } from '../model/analytics/community-tie.type.js';
import { NetworkAnalytics } from '../model/analytics/network-analytics.type.js';
import { NetworkCommunity } from '../model/analytics/network-community.type.js';
import { NetworkMetric } from '../model/analytics/network-metric.enum.js';
import { OrganisationNetworkMetrics } from '../model/analytics/organisation-network-metrics.type.js';
import { NetworkFilter } from '../model/network-filter.input.js';
import { checkedSlice } from './analytics-filter.js';
import { checkInt } from './check-int.js';

/** The most rows one list of the analytics returns. */
const MAX_FIRST = 1_000;
/** Members, countries and funders listed per community. */
const PER_COMMUNITY = 10;

@Resolver(() => NetworkAnalytics)
export class NetworkAnalyticsResolver {
  @Query(() => NetworkAnalytics, {
    description:
      'Structure of the co-partnership network for a filter (none: the whole network, analysed in the ' +
      'background after each write): shape, Louvain communities and the ties between them, and per ' +
      'organisation degree, PageRank, betweenness and broker score. The same filter and seed give the ' +
      'same communities. `minWeight` and `maxEdges` of the filter do not apply.',
  })
  async networkAnalytics(
    @Arg('filter', () => NetworkFilter, { nullable: true }) filter: NetworkFilter | null,
    @Arg('seed', () => Int, {
      defaultValue: DEFAULT_SEED,
      description: 'Seed of the community detection and samples (0–2147483647).',
    })
    seed: number,
    @Ctx() { graph }: Context,
  ): Promise<NetworkAnalytics> {
    const slice = await checkedSlice(graph, filter, seed);
    const { analysis, current } = await networkAnalyticsFor(graph).analysis(graph, slice, seed);
    return {
      seed: analysis.seed,
      projectCount: analysis.projectCount,
      current,
      shape: analysis.shape,
      modularity: analysis.modularity,
      communityCount: analysis.communities.length,
      betweennessSampleSize: analysis.betweennessSampleSize,
      analysis,
    };
  }

  @FieldResolver(() => [OrganisationNetworkMetrics], {
    description: 'Organisations ranked by a metric, highest first (ties by id).',
  })
  organisations(
    @Root() root: NetworkAnalytics,
    @Arg('orderBy', () => NetworkMetric, { defaultValue: NetworkMetric.PAGE_RANK })
    orderBy: NetworkMetric,
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many (1–1000).' }) first: number,
  ): OrganisationMetrics[] {
    return rankedBy(root.analysis, orderBy).slice(0, checkInt('first', first, 1, MAX_FIRST));
  }

  @FieldResolver(() => [OrganisationNetworkMetrics], {
    description:
      'Brokers: organisations whose ties span communities, highest broker score first; those with ' +
      'a score of 0 are left out.',
  })
  brokers(
    @Root() root: NetworkAnalytics,
    @Arg('first', () => Int, { defaultValue: 10, description: 'How many (1–1000).' }) first: number,
  ): OrganisationMetrics[] {
    const count = checkInt('first', first, 1, MAX_FIRST);
    // Ranked highest first, so the brokers (score above 0) are the head of the list.
    const ranking = rankedBy(root.analysis, NetworkMetric.BROKER_SCORE);
    const brokers: OrganisationMetrics[] = [];
    for (const organisation of ranking) {
      if (brokers.length === count || organisation.brokerScore <= 0) break;
      brokers.push(organisation);
    }
    return brokers;
  }

  @FieldResolver(() => [NetworkCommunity], { description: 'Communities, largest first.' })
  communities(
    @Root() root: NetworkAnalytics,
    @Arg('first', () => Int, { defaultValue: 10, description: 'How many (1–1000).' }) first: number,
  ): NetworkCommunity[] {
    const limit = checkInt('first', first, 1, MAX_FIRST);
    const byId = metricsById(root.analysis);
    return root.analysis.communities.slice(0, limit).map((community) => ({
      id: community.id,
      size: community.size,
      internalTies: community.internalTies,
      topMembers: community.topMemberIds.slice(0, PER_COMMUNITY).map((id) => byId.get(id)!),
      countries: community.countries.slice(0, PER_COMMUNITY),
      funders: community.funders.slice(0, PER_COMMUNITY),
    }));
  }

  @FieldResolver(() => [CommunityTie], {
    description: 'Ties between communities, heaviest first: the network with communities as nodes.',
  })
  communityTies(
    @Root() root: NetworkAnalytics,
    @Arg('first', () => Int, { defaultValue: 50, description: 'How many (1–1000).' }) first: number,
  ): CommunityTie[] {
    return root.analysis.communityTies.slice(0, checkInt('first', first, 1, MAX_FIRST));
  }
}
