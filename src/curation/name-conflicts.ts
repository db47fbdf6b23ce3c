import { badUserInput } from '../errors.js';
import type { GraphTransaction } from '../graph/graph-client.js';
import { claimNameKeys } from '../graph/queries/claim-name-keys.js';
import { otherNameKeyOwner } from '../graph/queries/name-key-owners.js';
import { nameKeysOf } from './name-keys.js';

/** The labels whose names and aliases share one set of name keys. */
export type NameOwnerLabel = 'Organisation' | 'FundingSource';

/**
 * An organisation or funder may not take a name or alias another one already
 * answers to (after folding case and accents): that is a merge, not a new
 * spelling. Runs inside the write transaction, before the write: it claims
 * the names' keys (made if missing, write-locked until commit) and then
 * looks up their owners, so of two writers racing for one name the second
 * sees the first's commit. `owner.ids` are the nodes the names may already
 * belong to (the writer; in a merge, both organisations). Throws BAD_USER_INPUT naming the other node.
 * Returns the keys, for the write statement to link to the node.
 */
export async function claimNames(
  tx: GraphTransaction,
  owner: { label: NameOwnerLabel; ids: readonly string[] },
  names: ReadonlyArray<string | null | undefined>,
): Promise<string[]> {
  const spellings = nameKeysOf(names);
  const keys = [...spellings.keys()];
  if (keys.length === 0) return keys;
  await claimNameKeys(tx, keys);
  const clash = await otherNameKeyOwner(tx, { keys, label: owner.label, ids: owner.ids });
  if (clash) {
    throw badUserInput(
      `The name "${spellings.get(clash.key) ?? clash.key}" is already used by ${clash.label} "${clash.id}"; merge the two instead of adding a second node.`,
      { conflictsWith: clash.id },
    );
  }
  return keys;
}
