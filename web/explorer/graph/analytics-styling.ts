import type { NodeMetrics } from '../api/analytics-api';
import type { NetworkGraph } from './network-graph';

/** What the organisations are coloured by. */
export type ColourMode = 'country' | 'community';
/** What the organisations are sized by. */
export type SizeBy = 'projectCount' | 'pageRank' | 'betweenness' | 'brokerScore' | 'degree';

export const SIZE_BY_LABELS: Record<SizeBy, string> = {
  projectCount: 'Projects',
  pageRank: 'PageRank',
  betweenness: 'Betweenness',
  brokerScore: 'Broker score',
  degree: 'Co-partners',
};

/** Distinct colours for the largest communities; smaller ones share the last (grey). */
const COMMUNITY_PALETTE = [
  '#1f77b4',
  '#ff7f0e',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#17becf',
  '#bcbd22',
  '#393b79',
  '#ad494a',
  '#637939',
];
export const OTHER_COMMUNITY_COLOUR = '#9aa0a6';

/** The colour of a community (0 is the largest). */
export function communityColour(community: number): string {
  return COMMUNITY_PALETTE[community] ?? OTHER_COMMUNITY_COLOUR;
}

/** Each graph's colours and sizes as built (by country, by projects), to go back to. */
const builtLooks = new WeakMap<NetworkGraph, Map<string, { color: string; size: number }>>();

/**
 * Recolours and resizes the drawn organisations in place (Sigma redraws on
 * attribute changes): by country (as built) or community, by projects (as
 * built) or a metric, scaled by the square root of its share of the largest.
 */
export function applyAnalyticsStyling(
  graph: NetworkGraph,
  metrics: ReadonlyMap<string, NodeMetrics> | null,
  colourMode: ColourMode,
  sizeBy: SizeBy,
): void {
  let built = builtLooks.get(graph);
  if (!built) {
    built = new Map();
    graph.forEachNode((id, attributes) =>
      built!.set(id, { color: attributes.color, size: attributes.size }),
    );
    builtLooks.set(graph, built);
  }
  const metric = sizeBy === 'projectCount' ? null : sizeBy;
  let largest = 0;
  if (metric && metrics)
    for (const row of metrics.values()) largest = Math.max(largest, row[metric]);
  graph.forEachNode((id) => {
    const look = built!.get(id)!;
    const row = metrics?.get(id);
    const color = colourMode === 'community' && row ? communityColour(row.community) : look.color;
    const size =
      metric && row && largest > 0 ? 2 + 20 * Math.sqrt(row[metric] / largest) : look.size;
    graph.mergeNodeAttributes(id, { color, size });
  });
}
