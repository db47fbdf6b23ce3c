import type { GraphTransaction } from '../graph-client.js';

/** Where a merge of two organisations stands. */
export interface MergeStatus {
  survivorExists: boolean;
  mergedExists: boolean;
  alreadyMerged: boolean;
  mergedAcronym: string | null;
}

/** Whether both organisations exist, whether this merge already happened, and the merged acronym. */
export async function mergeStatus(
  tx: GraphTransaction,
  params: { survivorId: string; mergedId: string; resolutionId: string },
): Promise<MergeStatus | undefined> {
  const [status] = await tx.run<MergeStatus>('mutations/merge-status', params);
  return status;
}
