import type { Provenance } from '../../curation/provenance.js';
import type { GraphTransaction } from '../graph-client.js';

/** Gives a funder an identifier (by its canonical key), with provenance. */
export async function addFundingSourceIdentifier(
  tx: GraphTransaction,
  params: Provenance & { fundingSourceId: string; key: string },
): Promise<void> {
  await tx.run('identity/add-funding-source-identifier', { ...params });
}
