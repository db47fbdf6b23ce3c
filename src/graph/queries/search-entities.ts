import type { GraphClient } from '../graph-client.js';

/** One full-text hit: the node, its labels and name, and its score. */
export interface EntityHit {
  id: string;
  labels: string[];
  name: string;
  score: number;
}

/** Full-text hits for a Lucene query, best first. */
export async function searchEntities(
  graph: GraphClient,
  params: { query: string; limit: number },
): Promise<EntityHit[]> {
  return graph.read<EntityHit>('queries/search-entities', params);
}
