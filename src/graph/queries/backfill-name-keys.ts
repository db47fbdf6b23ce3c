import type { NameKeyClash } from '../../curation/backfill-name-keys.js';
import type { GraphTransaction } from '../graph-client.js';

/** Links each node to its keys; returns the keys another node already held. */
export async function writeBackfilledNameKeys(
  tx: GraphTransaction,
  rows: Array<{ label: string; id: string; keys: string[] }>,
): Promise<NameKeyClash[]> {
  return tx.run<NameKeyClash>('mutations/backfill-name-keys', { rows });
}
