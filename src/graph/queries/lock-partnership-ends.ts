import type { GraphTransaction } from '../graph-client.js';

/** Write-locks an organisation and a project until the transaction ends; false when either is missing. */
export async function lockPartnershipEnds(
  tx: GraphTransaction,
  ends: { organisationId: string; projectId: string },
): Promise<boolean> {
  const [row] = await tx.run<{ locked: number }>('mutations/lock-partnership-ends', ends);
  return !!row && row.locked !== 0;
}
