import type { GraphTransaction } from '../graph-client.js';

/** Removes the funding edge between a project and a funding source; false when there was none. */
export async function unlinkFunding(
  tx: GraphTransaction,
  ends: { projectId: string; fundingSourceId: string },
): Promise<boolean> {
  const [row] = await tx.run<{ removed: number }>('mutations/unlink-funding', ends);
  return !!row && row.removed !== 0;
}
