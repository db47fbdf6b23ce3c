import { gql, type GraphQLClient } from 'graphql-request';

/** `partnershipNetwork.nodeMetrics` as the public API returns it, in node order. */
export interface ApiNodeMetrics {
  degree: number;
  weightedDegree: number;
  pageRank: number;
  betweenness: number;
  brokerScore: number;
  community: number;
}

/** The analytics of each node of the network a filter selects, in the order of `nodes`. */
export async function apiNodeMetrics(
  client: GraphQLClient,
  filter: Record<string, unknown> = {},
): Promise<Array<ApiNodeMetrics | null>> {
  const data = await client.request<{
    partnershipNetwork: { nodeMetrics: Array<ApiNodeMetrics | null> };
  }>(
    gql`
      query ($filter: NetworkFilter) {
        partnershipNetwork(filter: $filter) {
          nodeMetrics {
            degree
            weightedDegree
            pageRank
            betweenness
            brokerScore
            community
          }
        }
      }
    `,
    { filter },
  );
  return data.partnershipNetwork.nodeMetrics;
}

/** The metrics as a GraphML export writes them (data values are text). */
export function graphmlMetricData(metrics: ApiNodeMetrics | null): Record<string, string> {
  if (!metrics) return {};
  return Object.fromEntries(Object.entries(metrics).map(([key, value]) => [key, String(value)]));
}

/** The metrics as the node CSV's columns. */
export function csvMetricColumns(metrics: ApiNodeMetrics | null): Record<string, string> {
  return {
    Degree: String(metrics?.degree ?? ''),
    WeightedDegree: String(metrics?.weightedDegree ?? ''),
    PageRank: String(metrics?.pageRank ?? ''),
    Betweenness: String(metrics?.betweenness ?? ''),
    BrokerScore: String(metrics?.brokerScore ?? ''),
    Community: String(metrics?.community ?? ''),
  };
}
