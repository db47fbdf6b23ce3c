import type { GraphTransaction } from '../graph-client.js';

/** Makes the name keys that are missing and write-locks them all until the transaction ends. */
export async function claimNameKeys(tx: GraphTransaction, keys: string[]): Promise<void> {
  await tx.run('mutations/claim-name-keys', { keys });
}
