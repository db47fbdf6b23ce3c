import type { NetworkFilter } from '../network-filter';
import { filterToVariables } from '../network-filter';
import { graphqlRequest } from './graphql-request';

/** One organisation's analytics, as `OrganisationNetworkMetrics` returns them. */
export interface NodeMetrics {
  id: string;
  name: string;
  degree: number;
  weightedDegree: number;
  pageRank: number;
  betweenness: number;
  brokerScore: number;
  community: number;
}

/** What the explorer shows of `networkAnalytics` for the drawn filter. */
export interface ExplorerAnalytics {
  current: boolean;
  communityCount: number;
  modularity: number;
  betweennessSampleSize: number | null;
  brokers: NodeMetrics[];
  /** Metrics of every drawn organisation, by id. */
  metrics: ReadonlyMap<string, NodeMetrics>;
}

const ANALYTICS_QUERY = /* GraphQL */ `
  query ExplorerAnalytics($filter: NetworkFilter) {
    networkAnalytics(filter: $filter) {
      current
      communityCount
      modularity
      betweennessSampleSize
      brokers(first: 10) {
        ...ExplorerNodeMetrics
      }
    }
    partnershipNetwork(filter: $filter) {
      nodeMetrics {
        ...ExplorerNodeMetrics
      }
    }
  }

  fragment ExplorerNodeMetrics on OrganisationNetworkMetrics {
    id
    name
    degree
    weightedDegree
    pageRank
    betweenness
    brokerScore
    community
  }
`;

/** The analytics of the network a filter draws, with each drawn organisation's metrics. */
export async function fetchAnalytics(filter: NetworkFilter): Promise<ExplorerAnalytics> {
  // The same filter as the drawn network (the analytics ignore `minWeight`).
  const data = await graphqlRequest<{
    networkAnalytics: Omit<ExplorerAnalytics, 'metrics'>;
    partnershipNetwork: { nodeMetrics: Array<NodeMetrics | null> };
  }>(ANALYTICS_QUERY, { filter: filterToVariables(filter) });
  const metrics = new Map<string, NodeMetrics>();
  for (const row of data.partnershipNetwork.nodeMetrics) if (row) metrics.set(row.id, row);
  return { ...data.networkAnalytics, metrics };
}
