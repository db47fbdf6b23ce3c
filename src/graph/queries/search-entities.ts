import type { GraphClient } from '../graph-client.js';
import type { EntityType } from '../../model/entity-type.enum.js';

/** One search hit: full-text scored, or `held` when it holds an identifier typed whole. */
export interface SearchRow {
  id: string;
  type: EntityType;
  name: string;
  score: number;
  held: boolean;
}

/** Identifier holders and full-text hits of the wanted types, in one read, best first. */
export async function searchEntities(
  graph: GraphClient,
  params: {
    query: string;
    values: string[];
    entityTypes: readonly string[];
    types: readonly string[] | null;
    limit: number;
  },
): Promise<SearchRow[]> {
  return graph.read<SearchRow>('queries/search', params);
}
