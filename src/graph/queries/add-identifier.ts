import type { Provenance } from '../../curation/provenance.js';
import type { GraphTransaction } from '../graph-client.js';

/** Gives an organisation an identifier (by its canonical key), with provenance. */
export async function addIdentifier(
  tx: GraphTransaction,
  params: Provenance & { organisationId: string; key: string },
): Promise<void> {
  await tx.run('identity/add-identifier', { ...params });
}
