import { UndirectedGraph } from 'graphology';
import type { SliceProject } from './network-slice.js';

/** Node attributes: how many projects of the slice the organisation takes part in. */
export interface CopartnerNode {
  projectCount: number;
}
/** Edge attributes: how many projects of the slice the two share. */
export interface CopartnerEdge {
  weight: number;
}
export type CopartnerGraph = UndirectedGraph<CopartnerNode, CopartnerEdge>;

/**
 * The co-partnership graph of a slice: one node per organisation (in id
 * order, so every algorithm sees the same order for the same data), one edge
 * per pair sharing a project, weighted by the number of shared projects.
 * Pairs are counted under a numeric key (index pair), which keeps 2 million
 * pairs in a Map of numbers rather than of strings.
 */
export function buildCopartnerGraph(
  organisationIds: readonly string[],
  projects: readonly Pick<SliceProject, 'memberIds'>[],
): CopartnerGraph {
  const graph: CopartnerGraph = new UndirectedGraph();
  const indexOf = new Map<string, number>();
  const ids = [...organisationIds].sort();
  ids.forEach((id, index) => {
    indexOf.set(id, index);
    graph.addNode(id, { projectCount: 0 });
  });
  const size = ids.length;
  const pairWeights = new Map<number, number>();
  for (const project of projects) {
    const members = [...new Set(project.memberIds)]
      .map((id) => indexOf.get(id))
      .filter((index): index is number => index !== undefined)
      .sort((a, b) => a - b);
    for (const index of members) {
      graph.updateNodeAttribute(ids[index]!, 'projectCount', (count = 0) => count + 1);
    }
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const key = members[i]! * size + members[j]!;
        pairWeights.set(key, (pairWeights.get(key) ?? 0) + 1);
      }
    }
  }
  const keys = Float64Array.from(pairWeights.keys()).sort();
  for (const key of keys) {
    const source = Math.floor(key / size);
    graph.addEdge(ids[source]!, ids[key - source * size]!, { weight: pairWeights.get(key)! });
  }
  return graph;
}
