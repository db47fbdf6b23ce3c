import type { GroupBy } from '../api/grouped-network-api';
import { communityColour } from './analytics-styling';
import type { NetworkGraph } from './network-graph';

/**
 * Colours the nodes of an aggregated view: communities with their colour in
 * the analytics (countries keep the colour their organisations have).
 */
export function colourGroups(graph: NetworkGraph, groupBy: GroupBy): void {
  if (groupBy !== 'community') return;
  graph.forEachNode((id) => graph.mergeNodeAttributes(id, { color: communityColour(Number(id)) }));
}
