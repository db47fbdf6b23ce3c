import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { DEFAULT_SEED } from '../analytics/analytics-limits.js';
import { metricsById } from '../analytics/analysis-index.js';
import type { OrganisationMetrics } from '../analytics/network-analysis.js';
import { networkAnalyticsFor } from '../analytics/network-analytics.js';
import type { Context } from '../context.js';
import { OrganisationNetworkMetrics } from '../model/analytics/organisation-network-metrics.type.js';
import { NetworkFilter } from '../model/network-filter.input.js';
import { Organisation } from '../model/organisation.type.js';
import { checkedSlice } from './analytics-filter.js';

@Resolver(() => Organisation)
export class OrganisationNetworkMetricsResolver {
  @FieldResolver(() => OrganisationNetworkMetrics, {
    nullable: true,
    description:
      'Its degree, PageRank, betweenness, broker score and community in the co-partnership network of ' +
      'a filter (none: the whole network); null when it is not in that network.',
  })
  async networkMetrics(
    @Root() organisation: Organisation,
    @Arg('filter', () => NetworkFilter, { nullable: true }) filter: NetworkFilter | null,
    @Arg('seed', () => Int, {
      defaultValue: DEFAULT_SEED,
      description: 'Seed of the community detection and samples (0–2147483647).',
    })
    seed: number,
    @Ctx() { graph }: Context,
  ): Promise<OrganisationMetrics | null> {
    const slice = await checkedSlice(graph, filter, seed);
    const { analysis } = await networkAnalyticsFor(graph).analysis(graph, slice, seed);
    return metricsById(analysis).get(organisation.id) ?? null;
  }
}
