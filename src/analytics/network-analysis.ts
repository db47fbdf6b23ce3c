import type { GroupedNetworkSummary } from './group-network.js';
import type { NetworkShape } from './network-shape.js';

/** One organisation's place in a network slice. */
export interface OrganisationMetrics {
  id: string;
  name: string;
  acronym: string | null;
  kind: string;
  countryCode: string | null;
  projectCount: number;
  /** Co-partners. */
  degree: number;
  /** Shared projects summed over its ties. */
  weightedDegree: number;
  pageRank: number;
  betweenness: number;
  brokerScore: number;
  community: number;
}

export interface CountShare {
  key: string;
  name: string | null;
  count: number;
}

export interface CommunitySummary {
  id: number;
  size: number;
  /** Member ids, highest PageRank first (at most TOP_MEMBERS). */
  topMemberIds: string[];
  /** Members per country, most first. */
  countries: CountShare[];
  /** Projects with a member in the community per funding source, most first. */
  funders: CountShare[];
  /** Ties inside the community. */
  internalTies: number;
}

export interface CommunityTie {
  source: number;
  target: number;
  /** Organisation ties between the two communities. */
  ties: number;
  /** Shared projects summed over those ties. */
  weight: number;
}

export interface WeightedTie {
  source: string;
  target: string;
  weight: number;
}

/** What an aggregated view groups organisations by. */
export type NetworkGroupingKey = 'country' | 'community';

/** Everything computed for one slice; plain data (it crosses from the worker thread). */
export interface NetworkAnalysis {
  seed: number;
  projectCount: number;
  shape: NetworkShape;
  modularity: number;
  /** Sources of the betweenness estimate; null when exact. */
  betweennessSampleSize: number | null;
  /** Every organisation, highest PageRank first. */
  organisations: OrganisationMetrics[];
  communities: CommunitySummary[];
  communityTies: CommunityTie[];
  /** Each organisation's strongest ties (the backbone drawn when the whole network is too large). */
  backbone: WeightedTie[];
  /** The network with countries or communities as nodes (aggregated views). */
  groupedBy: Record<NetworkGroupingKey, GroupedNetworkSummary>;
  /** Milliseconds the computation took (building the graph included). */
  computeMs: number;
}
