import type { GraphTransaction } from '../graph-client.js';

/** Write-locks a project and a funding source until the transaction ends; false when either is missing. */
export async function lockFundingEnds(
  tx: GraphTransaction,
  ends: { projectId: string; fundingSourceId: string },
): Promise<boolean> {
  const [row] = await tx.run<{ locked: number }>('mutations/lock-funding-ends', ends);
  return (row?.locked ?? 0) > 0;
}
