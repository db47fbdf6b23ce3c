import Graph from 'graphology';
import type { PartnershipNetwork } from '../api/explorer-types';
import { countryColours, NO_COUNTRY_COLOUR, type CountryColour } from './country-colours';

/** What the explorer keeps on each organisation node (Sigma reads x, y, size, color, label). */
export interface OrganisationNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  name: string;
  countryCode: string | null;
  projectCount: number;
}

/** What the explorer keeps on each co-partnership edge. */
export interface CoPartnershipEdge {
  size: number;
  color: string;
  weight: number;
  projectIds: string[];
}

export type NetworkGraph = Graph<OrganisationNode, CoPartnershipEdge>;

/** The key of the edge between two organisations, whichever way round they are given. */
export function edgeKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** A stable number in [0, 1) from a string, so a network is laid out the same way each time. */
function unitHash(text: string): number {
  let hash = 2166136261;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 16777619);
  }
  return (hash >>> 0) / 4294967296;
}

/**
 * The network as a graphology graph for Sigma: organisations sized by number
 * of projects and coloured by country, edges as thick as their weight.
 * Starting positions group each country on its own sector of a disc, which
 * gives ForceAtlas2 a head start.
 */
export function buildNetworkGraph(network: PartnershipNetwork): {
  graph: NetworkGraph;
  colours: CountryColour[];
} {
  const graph: NetworkGraph = new Graph({ type: 'undirected', multi: false });
  const colours = countryColours(network.nodes.map((node) => node.countryCode));
  const colourOf = new Map(colours.map((entry) => [entry.code, entry.colour]));
  const sectorOf = new Map(colours.map((entry, index) => [entry.code, index]));
  const sectors = Math.max(colours.length, 1);
  // Thousands of organisations need smaller dots to stay apart.
  const sizeScale = network.nodes.length > 1000 ? 0.5 : 1;

  for (const node of network.nodes) {
    const sector = sectorOf.get(node.countryCode) ?? 0;
    const angle = ((sector + unitHash(node.id)) / sectors) * 2 * Math.PI;
    const radius = 10 + 90 * unitHash(`${node.id}#r`);
    graph.addNode(node.id, {
      x: radius * Math.cos(angle),
      y: radius * Math.sin(angle),
      size: sizeScale * Math.min(26, 3 + 3 * Math.sqrt(node.projectCount)),
      color: colourOf.get(node.countryCode) ?? NO_COUNTRY_COLOUR,
      label: node.acronym ? `${node.name} (${node.acronym})` : node.name,
      name: node.name,
      countryCode: node.countryCode,
      projectCount: node.projectCount,
    });
  }
  for (const edge of network.edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.addUndirectedEdgeWithKey(edgeKey(edge.source, edge.target), edge.source, edge.target, {
      size: Math.min(8, 0.5 + Math.sqrt(edge.weight)),
      color: '#c9ced6',
      weight: edge.weight,
      projectIds: edge.projectIds,
    });
  }
  return { graph, colours };
}
