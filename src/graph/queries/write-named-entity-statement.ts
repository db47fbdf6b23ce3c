import type { Provenance } from '../../curation/provenance.js';
import type { NamedRow } from '../../curation/search-keys.js';
import type { GraphTransaction } from '../graph-client.js';

/** The statements that create or update a named entity and return its names. */
export type NamedEntityWrite =
  | 'mutations/create-organisation'
  | 'mutations/update-organisation'
  | 'mutations/create-funding-source'
  | 'mutations/update-funding-source'
  | 'mutations/create-project'
  | 'mutations/update-project';

/**
 * Runs one create or update of a named entity; its names as written, or
 * undefined when an update found no node with the id.
 */
export async function writeNamedEntityStatement(
  tx: GraphTransaction,
  statement: NamedEntityWrite,
  params: Provenance & { id: string; nameKeys: string[] } & Record<string, unknown>,
): Promise<NamedRow | undefined> {
  const [row] = await tx.run<NamedRow>(statement, params);
  return row;
}
