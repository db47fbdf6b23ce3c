import { createRequire } from 'node:module';
import { UndirectedGraph } from 'graphology';
import type { CopartnerTies } from '../../src/analytics/copartner-graph.js';
import type louvainModule from 'graphology-communities-louvain';
import type pagerankModule from 'graphology-metrics/centrality/pagerank.js';

/**
 * The graphology algorithms our own are checked against (development
 * dependencies). These two packages are CommonJS modules whose typings declare an ES default
 * export; under NodeNext TypeScript and Node disagree on what a default import
 * of them is. Requiring them gives the function both agree on.
 */
const require = createRequire(import.meta.url);

export const louvain = require('graphology-communities-louvain') as typeof louvainModule.default;
export const pagerank =
  require('graphology-metrics/centrality/pagerank.js') as typeof pagerankModule.default;

/** Edge attributes: how many projects of the slice the two share. */
export interface CopartnerEdge {
  weight: number;
}
export type CopartnerGraph = UndirectedGraph<Record<string, never>, CopartnerEdge>;

/**
 * The same network as compact ties, as a graphology graph: the reference
 * our algorithms on compact ties are checked against. Nodes in id order,
 * then ties in order of their lower then higher end, the order in which the
 * service built this graph for graphology's Louvain before src/analytics/louvain.ts
 * (which reproduces that Louvain on this graph step for step).
 */
export function copartnerGraph(ties: CopartnerTies): CopartnerGraph {
  const graph: CopartnerGraph = new UndirectedGraph();
  const { ids, starts, neighbours, weights } = ties;
  for (const id of ids) graph.addNode(id);
  for (let i = 0; i < ids.length; i++) {
    for (let k = starts[i]!; k < starts[i + 1]!; k++) {
      const j = neighbours[k]!;
      if (j > i) graph.addEdge(ids[i]!, ids[j]!, { weight: weights[k]! });
    }
  }
  return graph;
}
