import type { ApiNetwork } from './network-api.js';

const COUNTRIES = [
  'DE',
  'DK',
  'SE',
  'FI',
  'EE',
  'LV',
  'LT',
  'PL',
  'NO',
  'IS',
  'FR',
  'ES',
  'IT',
  'NL',
];

/**
 * A `partnershipNetwork` answer of the given size with pseudo-random but
 * repeatable ties, for checking that the explorer copes with thousands of
 * organisations independently of what a test database holds.
 */
export function syntheticNetwork(nodeCount: number, edgeCount: number): ApiNetwork {
  const nodes = Array.from({ length: nodeCount }, (_, index) => ({
    id: `synthetic-org-${index}`,
    name: `Synthetic Organisation ${index}`,
    acronym: null,
    kind: 'RESCUE_SERVICE',
    countryCode: COUNTRIES[index % COUNTRIES.length] ?? null,
    projectCount: 1 + (index % 9),
  }));
  let state = 12345;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state % nodeCount;
  };
  const seen = new Set<string>();
  const edges: ApiNetwork['edges'] = [];
  while (edges.length < edgeCount) {
    const a = next();
    const b = next();
    const [low, high] = a < b ? [a, b] : [b, a];
    const key = `${low}|${high}`;
    if (low === high || seen.has(key)) continue;
    seen.add(key);
    edges.push({
      source: `synthetic-org-${low}`,
      target: `synthetic-org-${high}`,
      weight: 1 + (edges.length % 4),
      projectIds: [`synthetic-project-${edges.length}`],
    });
  }
  // Ids compare as strings in the API's answer (source < target).
  for (const edge of edges) {
    if (edge.source > edge.target) [edge.source, edge.target] = [edge.target, edge.source];
  }
  return { projectCount: edgeCount, truncated: false, nodes, edges };
}
