import type { FilterIdCheck, UnknownFilterId } from '../../filters/filter-id-checks.js';
import type { NetworkEdge, NetworkNode } from '../../model/partnership-network.type.js';
import type { GraphClient } from '../graph-client.js';

type Nullable<T> = { [K in keyof T]: T[K] | null };

/** The co-partnership network of a slice. */
export interface PartnershipNetworkRow {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  projectCount: number;
  unknownIds: UnknownFilterId[];
}

/** What selects the slice (null: not filtered) and bounds the answer. */
export interface PartnershipNetworkParams {
  projectIds: string[] | null;
  countryCodes: string[] | null;
  fundingSourceIds: string[] | null;
  policyAreaIds: string[] | null;
  activeFrom: number | null;
  activeTo: number | null;
  includeUndated: boolean;
  /** Only these organisations (one group of an aggregated view); absent or null: all. */
  organisationIds?: string[] | null;
  idChecks: FilterIdCheck[];
  minWeight: number;
  maxEdges: number;
}

/** Organisations and their ties in the projects a filter selects, heaviest ties first. */
export async function partnershipNetwork(
  graph: GraphClient,
  params: PartnershipNetworkParams,
): Promise<PartnershipNetworkRow> {
  // A slice with no ties comes back with null lists, or with no row at all.
  const [row] = await graph.read<Partial<Nullable<PartnershipNetworkRow>>>(
    'queries/partnership-network',
    { ...params, organisationIds: params.organisationIds ?? null },
  );
  return {
    nodes: row?.nodes ?? [],
    edges: row?.edges ?? [],
    projectCount: row?.projectCount ?? 0,
    unknownIds: row?.unknownIds ?? [],
  };
}
