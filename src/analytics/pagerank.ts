import type { CopartnerTies } from './copartner-graph.js';

/** graphology-metrics' defaults, kept so the figures stay those of the library. */
const ALPHA = 0.85;
const MAX_ITERATIONS = 100;
const TOLERANCE = 1e-6;

/**
 * Weighted PageRank per organisation index: graphology-metrics' power
 * iteration (same damping, tolerance, iteration bound, dangling-node and
 * weight normalisation, and the same order of additions, so the same
 * figures: tests/unit/graph-algorithms.test.ts compares them), run on the
 * compact ties instead of a graphology graph, whose construction and
 * indexing took most of PageRank's time at CORDIS scale. Without ties, the
 * uniform distribution (the library's would divide by a zero weight).
 */
export function pageRank(ties: CopartnerTies): Float64Array {
  const { starts, neighbours, weights } = ties;
  const order = ties.ids.length;
  const p = 1 / order;
  let x = new Float64Array(order).fill(p);
  if (ties.size === 0) return x;
  const normalised = new Float64Array(neighbours.length);
  const dangling: number[] = [];
  for (let i = 0; i < order; i++) {
    let degree = 0;
    for (let k = starts[i]!; k < starts[i + 1]!; k++) degree += weights[k]!;
    if (degree === 0) dangling.push(i);
    for (let k = starts[i]!; k < starts[i + 1]!; k++) normalised[k] = weights[k]! / degree;
  }
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const last = x;
    x = new Float64Array(order);
    let dangleSum = 0;
    for (const i of dangling) dangleSum += last[i]!;
    dangleSum *= ALPHA;
    for (let i = 0; i < order; i++) {
      for (let k = starts[i]!; k < starts[i + 1]!; k++) {
        x[neighbours[k]!]! += ALPHA * last[i]! * normalised[k]!;
      }
      x[i]! += dangleSum * p + (1 - ALPHA) * p;
    }
    let error = 0;
    for (let i = 0; i < order; i++) error += Math.abs(x[i]! - last[i]!);
    if (error < order * TOLERANCE) return x;
  }
  throw new Error('PageRank did not converge');
}
