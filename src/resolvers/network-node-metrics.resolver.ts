import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { metricsById } from '../analytics/analysis-index.js';
import type { OrganisationMetrics } from '../analytics/network-analysis.js';
import { networkAnalyticsFor } from '../analytics/network-analytics.js';
import { sliceFilterOf } from '../analytics/slice-filter.js';
import type { Context } from '../context.js';
import { OrganisationNetworkMetrics } from '../model/analytics/organisation-network-metrics.type.js';
import { PartnershipNetwork } from '../model/partnership-network.type.js';

@Resolver(() => PartnershipNetwork)
export class NetworkNodeMetricsResolver {
  @FieldResolver(() => [OrganisationNetworkMetrics], {
    nullable: 'items',
    description:
      'The analytics of each node, in the order of `nodes`: degree, PageRank, betweenness, broker ' +
      'score and community in the network the filter selects (all its ties, whatever `minWeight` ' +
      'and `maxEdges` draw), as `networkAnalytics` reports them with the default seed; null for an ' +
      'organisation written after the figures were computed.',
  })
  async nodeMetrics(
    @Root() network: PartnershipNetwork,
    @Ctx() { graph }: Context,
  ): Promise<Array<OrganisationMetrics | null>> {
    const analytics = networkAnalyticsFor(graph);
    const slice = network.slice ?? sliceFilterOf(null);
    const { analysis } = await analytics.analysis(graph, slice, analytics.wholeSeed);
    const byId = metricsById(analysis);
    return network.nodes.map((node) => byId.get(node.id) ?? null);
  }
}
