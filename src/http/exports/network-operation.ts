import type { ExportQuery } from './export-operation.js';
import type { NetworkFilterVariables } from './network-filter-params.js';
import type { NetworkGroupVariables } from './network-group-params.js';

/** An organisation of the exported network, as `partnershipNetwork` returns it. */
export interface ExportNode {
  id: string;
  name: string;
  acronym: string | null;
  kind: string;
  countryCode: string | null;
  projectCount: number;
}

/** A co-partnership of the exported network. */
export interface ExportEdge {
  source: string;
  target: string;
  weight: number;
  projectIds: string[];
}

/** A node's analytics, as `partnershipNetwork.nodeMetrics` returns them (null when unknown). */
export interface ExportNodeMetrics {
  degree: number;
  weightedDegree: number;
  pageRank: number;
  betweenness: number;
  brokerScore: number;
  community: number;
}

/** The network every export format is written from. */
export interface ExportNetwork {
  projectCount: number;
  truncated: boolean;
  nodes: ExportNode[];
  edges: ExportEdge[];
  /** In the order of `nodes`. */
  nodeMetrics: Array<ExportNodeMetrics | null>;
  omitted: { organisations: number; ties: number; reason: string } | null;
}

/** The public API's operation behind every network export. */
export const NETWORK_EXPORT_DOCUMENT = /* GraphQL */ `
  query NetworkExport($filter: NetworkFilter, $group: NetworkGroupInput) {
    partnershipNetwork(filter: $filter, group: $group) {
      projectCount
      truncated
      nodes {
        id
        name
        acronym
        kind
        countryCode
        projectCount
      }
      edges {
        source
        target
        weight
        projectIds
      }
      nodeMetrics {
        degree
        weightedDegree
        pageRank
        betweenness
        brokerScore
        community
      }
      omitted {
        organisations
        ties
        reason
      }
    }
  }
`;

/** The co-partnership network for a filter (one group's part of it, drilled into), through `partnershipNetwork`. */
export async function fetchExportNetwork(
  ask: ExportQuery,
  filter: NetworkFilterVariables,
  group?: NetworkGroupVariables,
): Promise<ExportNetwork> {
  const data = await ask<{ partnershipNetwork: ExportNetwork }>(NETWORK_EXPORT_DOCUMENT, {
    filter,
    group: group ?? null,
  });
  return data.partnershipNetwork;
}
