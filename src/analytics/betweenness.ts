import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes.js';
import type { CopartnerGraph } from './copartner-graph.js';
import { sampleIndices } from './seeded-random.js';

export interface BetweennessResult {
  /** Normalised betweenness per node id: the share of shortest paths between other pairs through it. */
  values: Map<string, number>;
  /** Sources searched when sampled; null when exact (every node a source). */
  sampleSize: number | null;
}

/**
 * Betweenness centrality over hop distance (a tie is a tie, whatever its
 * weight). The breadth-first searches are graphology's indexed Brandes; the
 * accumulation is the one graphology-metrics runs, here from either every node
 * (exact) or `sampleSize` nodes drawn with `random` and scaled up by n/k
 * (Brandes & Pich's pivot estimate), since graphology-metrics has no sampled form.
 */
export function betweenness(
  graph: CopartnerGraph,
  sources: number | 'all',
  random: () => number,
): BetweennessResult {
  const order = graph.order;
  // graphology's search cannot be set up on an empty graph.
  if (order === 0) return { values: new Map(), sampleSize: null };
  const brandes = createUnweightedIndexedBrandes(graph);
  const pivots =
    sources === 'all' || sources >= order
      ? Array.from({ length: order }, (_, index) => index)
      : sampleIndices(order, sources, random);
  const delta = new Float64Array(order);
  const centrality = new Float64Array(order);
  for (const source of pivots) {
    const [stack, predecessors, sigma] = brandes(source);
    delta.fill(0);
    while (stack.size !== 0) {
      const w = stack.pop()!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (const v of predecessors[w]!) delta[v]! += sigma[v]! * coefficient;
      if (w !== source) centrality[w]! += delta[w]!;
    }
  }
  // Ordered pairs counted from each source; normalised by (n-1)(n-2) as graphology-metrics does.
  const scale = order <= 2 ? 0 : order / pivots.length / ((order - 1) * (order - 2));
  const values = new Map<string, number>();
  graph.forEachNode((node) => values.set(node, 0));
  // graphology attaches its node index to the search function (its typings put it elsewhere).
  const { index } = brandes as unknown as { index: { nodes: string[] } };
  centrality.forEach((value, i) => values.set(index.nodes[i]!, value * scale));
  return { values, sampleSize: pivots.length === order ? null : pivots.length };
}
