import { create } from 'xmlbuilder2';
import { LIST_SEPARATOR } from './list-separator.js';
import type { ExportNetwork } from './network-operation.js';

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
const GRAPHML_XSD = 'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd';

/** The typed attributes declared as `<key>`s; `label` and `weight` are the names Gephi reads. */
const KEYS = [
  { id: 'label', for: 'node', name: 'label', type: 'string' },
  { id: 'name', for: 'node', name: 'name', type: 'string' },
  { id: 'acronym', for: 'node', name: 'acronym', type: 'string' },
  { id: 'country', for: 'node', name: 'country', type: 'string' },
  { id: 'kind', for: 'node', name: 'kind', type: 'string' },
  { id: 'projectCount', for: 'node', name: 'projectCount', type: 'int' },
  { id: 'degree', for: 'node', name: 'degree', type: 'int' },
  { id: 'weightedDegree', for: 'node', name: 'weightedDegree', type: 'int' },
  { id: 'pageRank', for: 'node', name: 'pageRank', type: 'double' },
  { id: 'betweenness', for: 'node', name: 'betweenness', type: 'double' },
  { id: 'brokerScore', for: 'node', name: 'brokerScore', type: 'double' },
  { id: 'community', for: 'node', name: 'community', type: 'int' },
  { id: 'weight', for: 'edge', name: 'weight', type: 'double' },
  { id: 'projectIds', for: 'edge', name: 'projectIds', type: 'string' },
] as const;

/**
 * The network as GraphML (undirected) for Gephi, Cytoscape, yEd or NetworkX:
 * organisations with name, acronym, country, kind, project count and their
 * analytics (degree, weighted degree, PageRank, betweenness, broker score,
 * community: Gephi can colour by community and size by any of them);
 * co-partnerships with their weight and the shared project ids
 * (space-separated, as ids never contain spaces).
 */
export function networkToGraphML(network: ExportNetwork): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(GRAPHML_NS, 'graphml', {
    'xmlns:xsi': XSI_NS,
    'xsi:schemaLocation': `${GRAPHML_NS} ${GRAPHML_XSD}`,
  });
  for (const key of KEYS) {
    root.ele('key', {
      id: key.id,
      for: key.for,
      'attr.name': key.name,
      'attr.type': key.type,
    });
  }
  const graph = root.ele('graph', { id: 'partnership-network', edgedefault: 'undirected' });
  network.nodes.forEach((node, index) => {
    const element = graph.ele('node', { id: node.id });
    const metrics = network.nodeMetrics[index] ?? null;
    const data: Array<[string, string | number | null]> = [
      ['label', node.name],
      ['name', node.name],
      ['acronym', node.acronym],
      ['country', node.countryCode],
      ['kind', node.kind],
      ['projectCount', node.projectCount],
      ['degree', metrics?.degree ?? null],
      ['weightedDegree', metrics?.weightedDegree ?? null],
      ['pageRank', metrics?.pageRank ?? null],
      ['betweenness', metrics?.betweenness ?? null],
      ['brokerScore', metrics?.brokerScore ?? null],
      ['community', metrics?.community ?? null],
    ];
    for (const [key, value] of data) {
      if (value !== null) element.ele('data', { key }).txt(String(value));
    }
  });
  network.edges.forEach((edge, index) => {
    const element = graph.ele('edge', {
      id: `e${index}`,
      source: edge.source,
      target: edge.target,
    });
    element.ele('data', { key: 'weight' }).txt(String(edge.weight));
    element.ele('data', { key: 'projectIds' }).txt(edge.projectIds.join(LIST_SEPARATOR));
  });
  return root.end({ prettyPrint: true });
}
