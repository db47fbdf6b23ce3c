import { louvain } from './graphology-cjs.js';
import type { CopartnerGraph } from './copartner-graph.js';

export interface CommunityPartition {
  /** Community number per organisation id: 0 is the largest community, ties broken by smallest member id. */
  communityOf: Map<string, number>;
  count: number;
  modularity: number;
}

/**
 * Louvain communities on the tie weights (graphology-communities-louvain),
 * with its random walk driven by the seeded `random`, so the same graph and
 * seed always give the same partition. Communities are renumbered by size
 * so that numbers mean the same thing from one answer to the next.
 */
export function detectCommunities(graph: CopartnerGraph, random: () => number): CommunityPartition {
  if (graph.order === 0) return { communityOf: new Map(), count: 0, modularity: 0 };
  // Louvain's modularity is undefined without ties: then each organisation is its own community.
  const detailed =
    graph.size === 0
      ? null
      : louvain.detailed(graph, { getEdgeWeight: 'weight', rng: random, randomWalk: true });
  const raw = new Map<string, number>();
  graph.forEachNode((node, _attributes) => {
    raw.set(node, detailed ? detailed.communities[node]! : raw.size);
  });
  const members = new Map<number, string[]>();
  for (const [node, community] of raw) {
    const list = members.get(community) ?? [];
    list.push(node);
    members.set(community, list);
  }
  const ordered = [...members.values()].sort(
    (a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : 0),
  );
  const communityOf = new Map<string, number>();
  ordered.forEach((list, number) => list.forEach((node) => communityOf.set(node, number)));
  return { communityOf, count: ordered.length, modularity: detailed?.modularity ?? 0 };
}

/**
 * How much an organisation bridges communities: its participation coefficient
 * (Guimerà & Amaral), 1 − Σ_c (w_c / w)², where w_c is the weight of its ties
 * into community c and w their total. 0 for ties inside one community only
 * (or none), approaching 1 for ties spread evenly over many communities.
 */
export function brokerScores(
  graph: CopartnerGraph,
  communityOf: ReadonlyMap<string, number>,
): Map<string, number> {
  const scores = new Map<string, number>();
  graph.forEachNode((node) => {
    const byCommunity = new Map<number, number>();
    let total = 0;
    graph.forEachEdge(node, (_edge, { weight }, source, target) => {
      const other = source === node ? target : source;
      const community = communityOf.get(other)!;
      byCommunity.set(community, (byCommunity.get(community) ?? 0) + weight);
      total += weight;
    });
    let concentration = 0;
    for (const weight of byCommunity.values()) concentration += (weight / total) ** 2;
    scores.set(node, total === 0 ? 0 : 1 - concentration);
  });
  return scores;
}
