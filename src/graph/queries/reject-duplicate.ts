import type { Provenance } from '../../curation/provenance.js';
import type { GraphTransaction } from '../graph-client.js';

/** Records that two organisations are different bodies, and closes their review candidate. */
export async function rejectDuplicate(
  tx: GraphTransaction,
  params: Provenance & {
    a: string;
    b: string;
    resolutionId: string;
    candidateId: string;
    reason: string;
  },
): Promise<void> {
  await tx.run('identity/reject-duplicate', { ...params });
}
