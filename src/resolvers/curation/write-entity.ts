import type { User } from '../../auth/user.js';
import type { Context } from '../../context.js';
import { asConflict } from '../../curation/constraint-violation.js';
import { claimNames, type NameOwnerLabel } from '../../curation/name-conflicts.js';
import { resolveProvenance, type Provenance } from '../../curation/provenance.js';
import { searchKeys } from '../../curation/search-keys.js';
import { badUserInput } from '../../errors.js';
import type { GraphTransaction } from '../../graph/graph-client.js';
import { lockNamedEntity, type NamedEntityLabel } from '../../graph/queries/lock-named-entity.js';
import { setSearchKeys } from '../../graph/queries/set-search-keys.js';
import { writeNamedEntityStatement } from '../../graph/queries/write-named-entity-statement.js';
import type { CitationInput } from '../../model/curation/citation.input.js';

/** The caller of an `@Authorized` mutation (the auth checker has ensured there is one). */
export function editorOf(context: Context): User {
  if (!context.user) throw new Error('an authorised mutation ran without a user');
  return context.user;
}

function unknownId(label: string, id: string) {
  return badUserInput(`Unknown ${label} id: "${id}"`, { unknownIds: [id] });
}

/**
 * One create or update of a named entity in one managed transaction: the
 * provenance; for an update, the node's write lock (so the old name the
 * statement keeps as an alias is the latest); for organisations and funders,
 * the claim of the new names' keys (refused when another node holds one);
 * the write statement, which links the claimed keys; then the search keys
 * from the names it returns. No row back means the id is unknown; a
 * constraint violation means a create's id is taken. Either way nothing is
 * written.
 */
export async function writeNamedEntity(
  context: Context,
  options: {
    label: NamedEntityLabel;
    id: string;
    citation: CitationInput | null | undefined;
    params: (provenance: Provenance) => Record<string, unknown>;
    creating: boolean;
    /** Checks of the node as it is now, run under its lock (updates only). */
    checkLocked?: (tx: GraphTransaction) => Promise<void>;
    /** New names and aliases, for the labels that keep one owner per name key. */
    claims?: { label: NameOwnerLabel; names: ReadonlyArray<string | null | undefined> };
  },
): Promise<void> {
  const user = editorOf(context);
  try {
    await context.graph.writeTransaction(async (tx: GraphTransaction) => {
      const provenance = await resolveProvenance(tx, options.citation, user);
      if (!options.creating) {
        const locked = await lockNamedEntity(tx, options.label, options.id);
        if (!locked) throw unknownId(options.label, options.id);
        await options.checkLocked?.(tx);
      }
      const nameKeys = options.claims
        ? await claimNames(
            tx,
            { label: options.claims.label, ids: [options.id] },
            options.claims.names,
          )
        : [];
      const row = await writeNamedEntityStatement(tx, options, {
        id: options.id,
        nameKeys,
        ...provenance,
        ...options.params(provenance),
      });
      if (!row) throw unknownId(options.label, options.id);
      await setSearchKeys(tx, searchKeys(row));
    });
  } catch (error) {
    throw asConflict(
      error,
      options.creating
        ? `${options.label} "${options.id}" already exists; use the update mutation.`
        : `A name of ${options.label} "${options.id}" was taken by another node meanwhile; try again.`,
    );
  }
}
