import type { CopartnerTies } from './copartner-graph.js';
import { sampleIndices } from './seeded-random.js';

export interface BetweennessResult {
  /**
   * Normalised betweenness per organisation index: the share of shortest
   * paths between other pairs through it.
   */
  values: Float64Array;
  /** Sources searched when sampled; null when exact (every node a source). */
  sampleSize: number | null;
  /** Hops summed over every organisation reached from a source (the source itself left out). */
  hops: number;
  /** Organisations reached from the sources, summed over the sources (the sources left out). */
  reached: number;
}

/**
 * Betweenness centrality over hop distance (a tie is a tie, whatever its
 * weight): Brandes' algorithm (2001), the one graphology-metrics runs, from
 * either every organisation (exact) or `sources` organisations drawn with
 * `random` and scaled up by n/k (Brandes & Pich's pivot estimate, which
 * graphology-metrics lacks). It runs on the compact ties rather than through
 * graphology's indexed Brandes: that one keeps a list of predecessors per
 * organisation for each search, which at CORDIS scale (2 million ties, 100
 * searches) allocated gigabytes and took minutes; here a predecessor is found
 * again by its distance, so a search allocates nothing. The result equals
 * graphology-metrics' (tests/unit/graph-algorithms.test.ts compares them).
 * The same searches give the hop distance from each source to every
 * organisation it reaches, from which the average path length is taken.
 */
export function betweenness(
  ties: CopartnerTies,
  sources: number | 'all',
  random: () => number,
): BetweennessResult {
  const { starts, neighbours } = ties;
  const order = ties.ids.length;
  const pivots =
    sources === 'all' || sources >= order
      ? Array.from({ length: order }, (_, index) => index)
      : sampleIndices(order, sources, random);
  const centrality = new Float64Array(order);
  const distance = new Int32Array(order);
  const sigma = new Float64Array(order);
  const delta = new Float64Array(order);
  // Organisations in the order the search reaches them (a queue, read backwards as Brandes' stack).
  const queue = new Uint32Array(order);
  let hops = 0;
  let reached = 0;
  for (const source of pivots) {
    distance.fill(-1);
    sigma.fill(0);
    delta.fill(0);
    distance[source] = 0;
    sigma[source] = 1;
    queue[0] = source;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = queue[head++]!;
      const next = distance[v]! + 1;
      for (let k = starts[v]!; k < starts[v + 1]!; k++) {
        const w = neighbours[k]!;
        if (distance[w] === -1) {
          distance[w] = next;
          queue[tail++] = w;
          hops += next;
        }
        if (distance[w] === next) sigma[w]! += sigma[v]!;
      }
    }
    reached += tail - 1;
    for (let position = tail - 1; position > 0; position--) {
      const w = queue[position]!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      const previous = distance[w]! - 1;
      for (let k = starts[w]!; k < starts[w + 1]!; k++) {
        const v = neighbours[k]!;
        if (distance[v] === previous) delta[v]! += sigma[v]! * coefficient;
      }
      centrality[w]! += delta[w]!;
    }
  }
  // Ordered pairs counted from each source; normalised by (n-1)(n-2) as graphology-metrics does.
  const scale = order <= 2 ? 0 : order / pivots.length / ((order - 1) * (order - 2));
  for (let i = 0; i < order; i++) centrality[i]! *= scale;
  return {
    values: centrality,
    sampleSize: pivots.length === order ? null : pivots.length,
    hops,
    reached,
  };
}
