import type { GraphTransaction } from '../graph-client.js';

/** A name key held by another node than the writer. */
export interface NameKeyOwner {
  key: string;
  label: string;
  id: string;
}

/** The first of `keys` a node other than `ids` holds, under `label`'s shared names; undefined if none. */
export async function otherNameKeyOwner(
  tx: GraphTransaction,
  params: { keys: string[]; label: string; ids: readonly string[] },
): Promise<NameKeyOwner | undefined> {
  const [owner] = await tx.run<NameKeyOwner>('mutations/name-key-owners', params);
  return owner;
}
