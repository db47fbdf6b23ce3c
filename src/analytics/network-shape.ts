import { undirectedDensity } from 'graphology-metrics/graph/density.js';
import type { BetweennessResult } from './betweenness.js';
import type { CopartnerTies } from './copartner-graph.js';

/** The overall shape of a co-partnership network. */
export interface NetworkShape {
  organisations: number;
  ties: number;
  components: number;
  largestComponentSize: number;
  /** Share of organisations in the largest component (0 for an empty network). */
  largestComponentShare: number;
  /** Ties present out of all possible pairs. */
  density: number;
  /** Mean hops between two connected organisations (null when no pair is connected). */
  averagePathLength: number | null;
  /** Organisations searched from when the average was sampled; null when exact. */
  pathLengthSampleSize: number | null;
}

/**
 * Components, density and average path length. The average is taken over
 * the breadth-first searches of the betweenness (one per organisation when
 * exact, else from the same seeded sample of sources), over the pairs each
 * reaches.
 */
export function networkShape(ties: CopartnerTies, searches: BetweennessResult): NetworkShape {
  const order = ties.ids.length;
  const { components, largest } = connectedComponents(ties);
  return {
    organisations: order,
    ties: ties.size,
    components,
    largestComponentSize: largest,
    largestComponentShare: order === 0 ? 0 : largest / order,
    density: order < 2 ? 0 : undirectedDensity(order, ties.size),
    averagePathLength: searches.reached === 0 ? null : searches.hops / searches.reached,
    pathLengthSampleSize: searches.sampleSize,
  };
}

/**
 * How many connected components the ties form and the size of the largest
 * (a breadth-first search from each organisation not yet reached; the counts
 * graphology-components gives, as tests/unit/graph-algorithms.test.ts checks).
 */
export function connectedComponents(ties: CopartnerTies): { components: number; largest: number } {
  const { starts, neighbours } = ties;
  const order = ties.ids.length;
  const reached = new Uint8Array(order);
  const queue = new Uint32Array(order);
  let components = 0;
  let largest = 0;
  for (let root = 0; root < order; root++) {
    if (reached[root]) continue;
    components += 1;
    reached[root] = 1;
    queue[0] = root;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = queue[head++]!;
      for (let k = starts[v]!; k < starts[v + 1]!; k++) {
        const w = neighbours[k]!;
        if (!reached[w]) {
          reached[w] = 1;
          queue[tail++] = w;
        }
      }
    }
    largest = Math.max(largest, tail);
  }
  return { components, largest };
}
