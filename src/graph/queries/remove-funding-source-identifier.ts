import type { Provenance } from '../../curation/provenance.js';
import type { GraphTransaction } from '../graph-client.js';

/** Takes an identifier (by its canonical key) from a funder; absent, nothing changes. */
export async function removeFundingSourceIdentifier(
  tx: GraphTransaction,
  params: Provenance & { fundingSourceId: string; key: string },
): Promise<void> {
  await tx.run('identity/remove-funding-source-identifier', { ...params });
}
