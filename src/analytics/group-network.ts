import type { CopartnerGraph } from './copartner-graph.js';
import type { NetworkGroupingKey, OrganisationMetrics } from './network-analysis.js';

/** The group of organisations without a country in the view by country. */
export const NO_COUNTRY_GROUP = 'none';

/** Members listed per group. */
const TOP_MEMBERS = 5;

/** One node of an aggregated view: a country or a community. */
export interface GroupSummary {
  /** A country code (NO_COUNTRY_GROUP without one) or a community number, as text. */
  id: string;
  /** Organisations in the group. */
  size: number;
  /** Organisation ties inside the group. */
  internalTies: number;
  /** Shared projects summed over those ties. */
  internalWeight: number;
  /** Member ids, highest PageRank first (at most TOP_MEMBERS). */
  topMemberIds: string[];
}

/** An edge of an aggregated view: all organisation ties between two groups. */
export interface GroupTieSummary {
  /** The group id that sorts first. */
  source: string;
  target: string;
  /** Organisation ties between the two groups. */
  ties: number;
  /** Shared projects summed over those ties. */
  weight: number;
}

/** A network seen group by group. */
export interface GroupedNetworkSummary {
  /** Largest first (then by id). */
  groups: GroupSummary[];
  /** Heaviest first (then by source and target). */
  ties: GroupTieSummary[];
}

/** The group an organisation is in: its country code (NO_COUNTRY_GROUP without one) or its community. */
export function groupIdOf(
  organisation: Pick<OrganisationMetrics, 'countryCode' | 'community'>,
  groupBy: NetworkGroupingKey,
): string {
  return groupBy === 'country'
    ? (organisation.countryCode ?? NO_COUNTRY_GROUP)
    : String(organisation.community);
}

/** Group ids in order: community numbers by value, country codes alphabetically. */
export function compareGroupIds(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/**
 * The network with groups as nodes, in one pass over the ties: each group's
 * size and inner ties, and between two groups the number of organisation ties
 * and their summed weights. `byRank` is every organisation, highest PageRank
 * first (the analysis's order), so each group lists its most central members.
 */
export function groupNetwork(
  graph: CopartnerGraph,
  byRank: readonly OrganisationMetrics[],
  groupBy: NetworkGroupingKey,
): GroupedNetworkSummary {
  const groupById = new Map<string, GroupSummary>();
  const groupOfId = new Map<string, string>();
  for (const organisation of byRank) {
    const id = groupIdOf(organisation, groupBy);
    groupOfId.set(organisation.id, id);
    const group = groupById.get(id) ?? {
      id,
      size: 0,
      internalTies: 0,
      internalWeight: 0,
      topMemberIds: [],
    };
    group.size += 1;
    if (group.topMemberIds.length < TOP_MEMBERS) group.topMemberIds.push(organisation.id);
    groupById.set(id, group);
  }
  const ties = new Map<string, GroupTieSummary>();
  graph.forEachEdge((_edge, { weight }, source, target) => {
    const a = groupOfId.get(source)!;
    const b = groupOfId.get(target)!;
    if (a === b) {
      const group = groupById.get(a)!;
      group.internalTies += 1;
      group.internalWeight += weight;
      return;
    }
    const [low, high] = compareGroupIds(a, b) < 0 ? [a, b] : [b, a];
    const key = `${low}\u0000${high}`;
    const tie = ties.get(key) ?? { source: low, target: high, ties: 0, weight: 0 };
    tie.ties += 1;
    tie.weight += weight;
    ties.set(key, tie);
  });
  return {
    groups: [...groupById.values()].sort((a, b) => b.size - a.size || compareGroupIds(a.id, b.id)),
    ties: [...ties.values()].sort(
      (a, b) =>
        b.weight - a.weight ||
        compareGroupIds(a.source, b.source) ||
        compareGroupIds(a.target, b.target),
    ),
  };
}
