import type { GraphTransaction } from '../graph-client.js';

/**
 * Write-locks two organisations, in the order given (callers sort the ids,
 * so two transactions never wait on each other); returns how many exist.
 */
export async function lockMergePair(tx: GraphTransaction, ids: [string, string]): Promise<number> {
  const [row] = await tx.run<{ locked: number }>('mutations/lock-merge-pair', { ids });
  return row?.locked ?? 0;
}
