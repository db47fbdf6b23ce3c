import type { ExportQuery } from './export-operation.js';
import type { NetworkFilterVariables } from './network-filter-params.js';

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

/** The network every export format is written from. */
export interface ExportNetwork {
  projectCount: number;
  truncated: boolean;
  nodes: ExportNode[];
  edges: ExportEdge[];
}

/** The public API's operation behind every network export. */
export const NETWORK_EXPORT_DOCUMENT = /* GraphQL */ `
  query NetworkExport($filter: NetworkFilter) {
    partnershipNetwork(filter: $filter) {
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
    }
  }
`;

/** The co-partnership network for a filter, through `partnershipNetwork`. */
export async function fetchExportNetwork(
  ask: ExportQuery,
  filter: NetworkFilterVariables,
): Promise<ExportNetwork> {
  const data = await ask<{ partnershipNetwork: ExportNetwork }>(NETWORK_EXPORT_DOCUMENT, {
    filter,
  });
  return data.partnershipNetwork;
}
