import type { NetworkGraph } from './network-graph';

/** The ids of the `count` largest nodes as drawn (ties broken by id, so the choice is stable). */
export function largestNodes(graph: NetworkGraph, count: number): Set<string> {
  const bySize: Array<{ id: string; size: number }> = [];
  graph.forEachNode((id, attributes) => bySize.push({ id, size: attributes.size }));
  bySize.sort((a, b) => b.size - a.size || (a.id < b.id ? -1 : 1));
  return new Set(bySize.slice(0, count).map((node) => node.id));
}
