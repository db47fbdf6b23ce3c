import { connectedComponents } from 'graphology-components';
import { undirectedDensity } from 'graphology-metrics/graph/density.js';
import { undirectedSingleSourceLength } from 'graphology-shortest-path/unweighted.js';
import type { CopartnerGraph } from './copartner-graph.js';
import { sampleIndices } from './seeded-random.js';

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
 * Components, density and average path length. The average runs one
 * breadth-first search per source, over every organisation when `sources` is
 * 'all', else over a seeded sample, and averages over the pairs each reaches.
 */
export function networkShape(
  graph: CopartnerGraph,
  sources: number | 'all',
  random: () => number,
): NetworkShape {
  const components = connectedComponents(graph);
  const largest = components.reduce((max, component) => Math.max(max, component.length), 0);
  const nodes = graph.nodes();
  const pivots =
    sources === 'all' || sources >= nodes.length
      ? nodes.map((_, index) => index)
      : sampleIndices(nodes.length, sources, random);
  let hops = 0;
  let pairs = 0;
  for (const pivot of pivots) {
    const lengths = undirectedSingleSourceLength(graph, nodes[pivot]!);
    for (const length of Object.values(lengths)) {
      if (length > 0) {
        hops += length;
        pairs += 1;
      }
    }
  }
  return {
    organisations: graph.order,
    ties: graph.size,
    components: components.length,
    largestComponentSize: largest,
    largestComponentShare: graph.order === 0 ? 0 : largest / graph.order,
    density: graph.order < 2 ? 0 : undirectedDensity(graph.order, graph.size),
    averagePathLength: pairs === 0 ? null : hops / pairs,
    pathLengthSampleSize: pivots.length === nodes.length ? null : pivots.length,
  };
}
