import type { GraphTransaction } from '../graph-client.js';

/** Whether a Source with this id exists. */
export async function sourceExists(tx: GraphTransaction, sourceId: string): Promise<boolean> {
  const found = await tx.run('mutations/source-exists', { sourceId });
  return found.length > 0;
}
