import type { CopartnerTies } from './copartner-graph.js';
import { louvain } from './louvain.js';

export interface CommunityPartition {
  /**
   * Community number per organisation index (id order): 0 is the largest
   * community, ties broken by smallest member id.
   */
  communityOf: Uint32Array;
  count: number;
  modularity: number;
}

/**
 * Louvain communities on the tie weights (louvain.ts: graphology-communities-louvain's
 * algorithm on the compact ties), with its random walk driven by the seeded
 * `random`, so the same ties and seed always give the same partition.
 * Communities are renumbered by size so that numbers mean the same thing
 * from one answer to the next.
 */
export function detectCommunities(ties: CopartnerTies, random: () => number): CommunityPartition {
  const order = ties.ids.length;
  if (order === 0) return { communityOf: new Uint32Array(0), count: 0, modularity: 0 };
  // Louvain's modularity is undefined without ties: then each organisation is its own community.
  const found = ties.size === 0 ? null : louvain(ties, random);
  // Members of each raw community, in index (id) order, so each list starts with its smallest id.
  const members = new Map<number, number[]>();
  for (let index = 0; index < order; index++) {
    const community = found ? found.communities[index]! : index;
    const list = members.get(community);
    if (list) list.push(index);
    else members.set(community, [index]);
  }
  const ordered = [...members.values()].sort((a, b) => b.length - a.length || a[0]! - b[0]!);
  const communityOf = new Uint32Array(order);
  ordered.forEach((list, number) => list.forEach((node) => (communityOf[node] = number)));
  return { communityOf, count: ordered.length, modularity: found?.modularity ?? 0 };
}

/**
 * How much an organisation bridges communities: its participation coefficient
 * (Guimerà & Amaral), 1 − Σ_c (w_c / w)², where w_c is the weight of its ties
 * into community c and w their total. 0 for ties inside one community only
 * (or none), approaching 1 for ties spread evenly over many communities.
 * Per organisation index.
 */
export function brokerScores(ties: CopartnerTies, partition: CommunityPartition): Float64Array {
  const { starts, neighbours, weights } = ties;
  const order = ties.ids.length;
  const { communityOf } = partition;
  const scores = new Float64Array(order);
  const byCommunity = new Float64Array(partition.count);
  const touched: number[] = [];
  for (let i = 0; i < order; i++) {
    let total = 0;
    for (let k = starts[i]!; k < starts[i + 1]!; k++) {
      const community = communityOf[neighbours[k]!]!;
      if (byCommunity[community] === 0) touched.push(community);
      byCommunity[community]! += weights[k]!;
      total += weights[k]!;
    }
    let concentration = 0;
    for (const community of touched) {
      concentration += (byCommunity[community]! / total) ** 2;
      byCommunity[community] = 0;
    }
    touched.length = 0;
    scores[i] = total === 0 ? 0 : 1 - concentration;
  }
  return scores;
}
