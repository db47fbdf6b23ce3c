import type { searchKeys } from '../../curation/search-keys.js';
import type { GraphTransaction } from '../graph-client.js';

/** Stores a node's folded `searchKey` and the `searchText` the full-text index reads. */
export async function setSearchKeys(
  tx: GraphTransaction,
  keys: ReturnType<typeof searchKeys>,
): Promise<void> {
  await tx.run('mutations/set-search-keys', keys);
}
