import type { Provenance } from '../../curation/provenance.js';
import type { GraphTransaction } from '../graph-client.js';

/** Takes an identifier (by its canonical key) from an organisation; absent, nothing changes. */
export async function removeIdentifier(
  tx: GraphTransaction,
  params: Provenance & { organisationId: string; key: string },
): Promise<void> {
  await tx.run('identity/remove-identifier', { ...params });
}
