import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { partnershipNetwork } from '../graph/queries/partnership-network.js';
import { NetworkFilter } from '../model/network-filter.input.js';
import { PartnershipNetwork } from '../model/partnership-network.type.js';
import { assertNoUnknownIds, filterIdChecks } from '../filters/filter-id-checks.js';
import { checkInt } from './check-int.js';
import { countryCodesOrNull, listOrNull } from '../filters/filter-values.js';
import { networkAnalyticsFor } from '../analytics/network-analytics.js';
import { isWholeNetwork, sliceFilterOf } from '../analytics/slice-filter.js';
import { cachedNetworkBackbone } from './network-backbone.js';
import { NetworkGroupInput } from '../model/network-group.input.js';
import { groupDrillDown } from './network-group-drill-down.js';

const MAX_EDGES = 50_000;

@Resolver()
export class NetworkResolver {
  @Query(() => PartnershipNetwork, {
    description:
      'The co-partnership network for drawing and exporting: organisations as nodes, shared projects ' +
      'as weighted edges; filter by projects, countries, funding sources, policy areas and period.',
  })
  async partnershipNetwork(
    @Arg('filter', () => NetworkFilter, { nullable: true }) filter: NetworkFilter | null,
    @Arg('group', () => NetworkGroupInput, {
      nullable: true,
      description:
        'Drill down: only the organisations of this group of `groupedNetwork` (a country or a ' +
        'community of the same filter and seed) and the ties between them.',
    })
    group: NetworkGroupInput | null,
    @Ctx() { graph }: Context,
  ): Promise<PartnershipNetwork> {
    const minWeight = checkInt('filter.minWeight', filter?.minWeight ?? 1, 1, 1_000_000);
    const maxEdges = checkInt('filter.maxEdges', filter?.maxEdges ?? 5000, 1, MAX_EDGES);
    const slice = sliceFilterOf(filter);
    // A group's organisations, from the analysis of the slice (null: every organisation).
    const organisationIds = group ? await groupDrillDown(graph, filter, group) : null;
    if (isWholeNetwork(slice) && !group) {
      // The whole network is analysed in the background: when it has more
      // ties than asked for, draw its backbone instead of counting every pair.
      const analytics = networkAnalyticsFor(graph);
      const { analysis } = await analytics.analysis(graph, slice, analytics.wholeSeed);
      if (analysis.shape.ties > maxEdges) {
        return { ...(await cachedNetworkBackbone(graph, analysis, minWeight, maxEdges)), slice };
      }
    }
    const row = await partnershipNetwork(graph, {
      projectIds: listOrNull(filter?.projectIds),
      countryCodes: countryCodesOrNull(filter?.countryCodes),
      fundingSourceIds: listOrNull(filter?.fundingSourceIds),
      policyAreaIds: listOrNull(filter?.policyAreaIds),
      activeFrom: filter?.activeFrom ?? null,
      activeTo: filter?.activeTo ?? null,
      includeUndated: filter?.includeUndated ?? false,
      organisationIds,
      // Unknown ids are named by the same read (see filter-id-checks.ts).
      idChecks: filterIdChecks(filter, {
        projectIds: 'Project',
        fundingSourceIds: 'FundingSource',
        policyAreaIds: 'PolicyArea',
      }),
      minWeight,
      maxEdges,
    });
    assertNoUnknownIds(row.unknownIds);
    const edges = row.edges;
    return {
      nodes: row.nodes,
      edges,
      projectCount: row.projectCount,
      truncated: edges.length >= maxEdges,
      slice,
    };
  }
}
