import type { GraphClient } from '../graph/graph-client.js';
import { writeBackfilledNameKeys } from '../graph/queries/backfill-name-keys.js';
import { unkeyedNamedNodes } from '../graph/queries/unkeyed-named-nodes.js';
import { nameKeysOf } from './name-keys.js';

/** How many nodes one backfill transaction links. */
const BATCH_SIZE = 1_000;

/** A name key two nodes answer to: `id` keeps answering to it, but only `heldBy` owns it. */
export interface NameKeyClash {
  label: string;
  id: string;
  key: string;
  heldBy: string;
}

/**
 * Gives organisations and funding sources written before name keys existed
 * their keys (a no-op once every one has them), so the uniqueness of names
 * covers old graphs too. Keys are folded here, not in Cypher: they must be
 * the same `normaliseName` keys the writes use. Where two such nodes share a
 * key, the first (by label, then id) gets it and the clash is returned, to be
 * resolved by merging the two; nothing fails.
 */
export async function backfillNameKeys(
  graph: GraphClient,
): Promise<{ nodes: number; clashes: NameKeyClash[] }> {
  const unkeyed = await unkeyedNamedNodes(graph);
  const firstOwner = new Map<string, { label: string; id: string }>();
  const clashes: NameKeyClash[] = [];
  const rows = unkeyed.map(({ label, id, names }) => {
    const keys = [...nameKeysOf(names).keys()].filter((key) => {
      const owner = firstOwner.get(key);
      if (!owner) firstOwner.set(key, { label, id });
      else if (owner.id !== id || owner.label !== label)
        clashes.push({ label, id, key, heldBy: owner.id });
      return !owner;
    });
    return { label, id, keys };
  });
  for (let start = 0; start < rows.length; start += BATCH_SIZE) {
    const batch = rows.slice(start, start + BATCH_SIZE);
    const held = await graph.writeTransaction((tx) => writeBackfilledNameKeys(tx, batch));
    clashes.push(...held);
  }
  return { nodes: unkeyed.length, clashes };
}
