import type { CopartnerTies } from './copartner-graph.js';
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
 * first (the analysis's order), so each group lists its most central members;
 * `indexOf` gives an organisation's index in `ties`. Groups are numbered
 * first, so the pass over the ties adds numbers only.
 */
export function groupNetwork(
  ties: CopartnerTies,
  byRank: readonly OrganisationMetrics[],
  indexOf: ReadonlyMap<string, number>,
  groupBy: NetworkGroupingKey,
): GroupedNetworkSummary {
  const numberOf = new Map<string, number>();
  const groups: GroupSummary[] = [];
  const groupOf = new Uint32Array(ties.ids.length);
  for (const organisation of byRank) {
    const id = groupIdOf(organisation, groupBy);
    let number = numberOf.get(id);
    if (number === undefined) {
      number = groups.length;
      numberOf.set(id, number);
      groups.push({ id, size: 0, internalTies: 0, internalWeight: 0, topMemberIds: [] });
    }
    const group = groups[number]!;
    group.size += 1;
    if (group.topMemberIds.length < TOP_MEMBERS) group.topMemberIds.push(organisation.id);
    groupOf[indexOf.get(organisation.id)!] = number;
  }
  // Each group's place in group id order: a tie between two groups is keyed by the earlier one.
  const place = new Uint32Array(groups.length);
  groups
    .map((group, number) => ({ id: group.id, number }))
    .sort((a, b) => compareGroupIds(a.id, b.id))
    .forEach(({ number }, position) => (place[number] = position));
  const count = groups.length;
  const between = new Map<number, { ties: number; weight: number }>();
  const { starts, neighbours, weights } = ties;
  for (let i = 0; i < ties.ids.length; i++) {
    const a = groupOf[i]!;
    for (let k = starts[i]!; k < starts[i + 1]!; k++) {
      const j = neighbours[k]!;
      if (j < i) continue;
      const b = groupOf[j]!;
      const weight = weights[k]!;
      if (a === b) {
        groups[a]!.internalTies += 1;
        groups[a]!.internalWeight += weight;
        continue;
      }
      const key = place[a]! < place[b]! ? a * count + b : b * count + a;
      const tie = between.get(key);
      if (tie) {
        tie.ties += 1;
        tie.weight += weight;
      } else between.set(key, { ties: 1, weight });
    }
  }
  const groupTies: GroupTieSummary[] = [...between].map(([key, { ties, weight }]) => {
    const low = Math.floor(key / count);
    return { source: groups[low]!.id, target: groups[key - low * count]!.id, ties, weight };
  });
  return {
    groups: [...groups].sort((a, b) => b.size - a.size || compareGroupIds(a.id, b.id)),
    ties: groupTies.sort(
      (a, b) =>
        b.weight - a.weight ||
        place[numberOf.get(a.source)!]! - place[numberOf.get(b.source)!]! ||
        place[numberOf.get(a.target)!]! - place[numberOf.get(b.target)!]!,
    ),
  };
}
