/** One analytics request of the benchmark: a GraphQL query and what to note from its answer. */
export interface AnalyticsShape {
  name: string;
  title: string;
  query: string;
  variables: Record<string, unknown>;
}

/** The period of one framework programme in the generated data (Horizon Europe). */
export const PROGRAMME_PERIOD = { activeFrom: 2021, activeTo: 2024 };

/**
 * Two countries whose organisations make a slice of about 10,000 at `cordis`
 * scale (10,121 organisations, 22,972 projects in the generated data): the
 * size of the "slice of up to 10,000 organisations in under 3 s cold" target.
 */
export const TWO_COUNTRIES = { countryCodes: ['ES', 'NL'] };

/** The ties the whole-network view draws by default (`maxEdges`'s default). */
export const DEFAULT_NETWORK_MAX_EDGES = 5000;

/**
 * The analytics questions the benchmark asks, at any scale. The funder slice
 * is that of the two funders of the most projects (fixtures/largest-funders;
 * at `cordis` scale 8,176 organisations, 1,481 projects). `networkMaxEdges`
 * lets a smoke run on a small graph draw fewer ties than the network has, so
 * that the bounded view is exercised there too.
 */
export function analyticsShapes(
  hubOrganisationId: string,
  largestFunderIds: string[],
  networkMaxEdges = DEFAULT_NETWORK_MAX_EDGES,
): AnalyticsShape[] {
  return [
    {
      name: 'network-unfiltered',
      title: 'Whole network view (partnershipNetwork, no filter)',
      query: `query ($maxEdges: Int) { partnershipNetwork(filter: { maxEdges: $maxEdges }) {
        projectCount truncated nodes { id projectCount }
        edges { source target weight projectIds } omitted { organisations ties totalTies } } }`,
      variables: { maxEdges: networkMaxEdges },
    },
    {
      name: 'analytics-whole',
      title: 'Whole-network analytics: shape, communities, brokers',
      query: `{ networkAnalytics { current projectCount
        shape { organisations ties components density averagePathLength }
        modularity communityCount betweennessSampleSize
        communities(first: 10) { id size topMembers { id } countries { key count } funders { key count } }
        brokers(first: 10) { id brokerScore } } }`,
      variables: {},
    },
    {
      name: 'analytics-programme',
      title: 'Communities and PageRank of one programme period',
      query: `query ($filter: NetworkFilter) { networkAnalytics(filter: $filter) {
        projectCount shape { organisations ties } modularity communityCount betweennessSampleSize
        communities(first: 10) { id size topMembers { id } }
        organisations(first: 20, orderBy: PAGE_RANK) { id pageRank betweenness brokerScore } } }`,
      variables: { filter: PROGRAMME_PERIOD },
    },
    {
      name: 'analytics-countries',
      title:
        'Communities and PageRank of two countries (about 10,000 organisations at cordis scale)',
      query: `query ($filter: NetworkFilter) { networkAnalytics(filter: $filter) {
        projectCount shape { organisations ties } modularity communityCount betweennessSampleSize
        communities(first: 10) { id size topMembers { id } }
        organisations(first: 20, orderBy: PAGE_RANK) { id pageRank betweenness brokerScore } } }`,
      variables: { filter: TWO_COUNTRIES },
    },
    {
      name: 'analytics-funders',
      title:
        'Communities and PageRank of the two largest funders (about 8,000 organisations at cordis scale)',
      query: `query ($filter: NetworkFilter) { networkAnalytics(filter: $filter) {
        projectCount shape { organisations ties } modularity communityCount betweennessSampleSize
        communities(first: 10) { id size topMembers { id } }
        organisations(first: 20, orderBy: PAGE_RANK) { id pageRank betweenness brokerScore } } }`,
      variables: { filter: { fundingSourceIds: largestFunderIds } },
    },
    {
      name: 'hub-metrics',
      title: 'Metrics of the hub organisation (whole network)',
      query: `query ($id: ID!) { organisation(id: $id) { networkMetrics {
        degree weightedDegree pageRank betweenness brokerScore community } } }`,
      variables: { id: hubOrganisationId },
    },
    {
      name: 'evolution-programme',
      title: 'Evolution of one programme period, year by year',
      query: `query ($filter: NetworkFilter) { networkEvolution(filter: $filter) {
        periods { fromYear organisations ties newTies density risers { id gain } } } }`,
      variables: { filter: PROGRAMME_PERIOD },
    },
  ];
}
