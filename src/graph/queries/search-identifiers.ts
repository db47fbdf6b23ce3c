import type { GraphClient } from '../graph-client.js';
import type { EntityHit } from './search-entities.js';

/** The holders of identifiers typed whole (canonical values), unscored. */
export async function searchIdentifiers(
  graph: GraphClient,
  values: string[],
): Promise<Array<Omit<EntityHit, 'score'>>> {
  return graph.read<Omit<EntityHit, 'score'>>('queries/search-identifiers', { values });
}
