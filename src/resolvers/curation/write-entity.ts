import type { User } from '../../auth/user.js';
import type { Context } from '../../context.js';
import { isConstraintViolation } from '../../curation/constraint-violation.js';
import { resolveProvenance, type Provenance } from '../../curation/provenance.js';
import { searchKeys, type NamedRow } from '../../curation/search-keys.js';
import { badUserInput } from '../../errors.js';
import type { GraphTransaction } from '../../graph/graph-client.js';
import type { CitationInput } from '../../model/curation/citation.input.js';

/** The caller of an `@Authorized` mutation (the auth checker has ensured there is one). */
export function editorOf(context: Context): User {
  if (!context.user) throw new Error('an authorised mutation ran without a user');
  return context.user;
}

/**
 * One create or update of a named entity in one managed transaction: the
 * provenance, the write statement, then the search keys from the names the
 * statement returns. No row back means the id is unknown; a constraint
 * violation means a create's id is taken. Either way nothing is written.
 */
export async function writeNamedEntity(
  context: Context,
  options: {
    label: string;
    id: string;
    statement: string;
    citation: CitationInput | null | undefined;
    params: (provenance: Provenance) => Record<string, unknown>;
    creating: boolean;
  },
): Promise<void> {
  const user = editorOf(context);
  try {
    await context.graph.writeTransaction(async (tx: GraphTransaction) => {
      const provenance = await resolveProvenance(tx, options.citation, user);
      const rows = await tx.run<NamedRow>(options.statement, {
        id: options.id,
        ...provenance,
        ...options.params(provenance),
      });
      const [row] = rows;
      if (!row)
        throw badUserInput(`Unknown ${options.label} id: "${options.id}"`, {
          unknownIds: [options.id],
        });
      await tx.run('mutations/set-search-keys', searchKeys(row));
    });
  } catch (error) {
    if (options.creating && isConstraintViolation(error)) {
      throw badUserInput(
        `${options.label} "${options.id}" already exists; use the update mutation.`,
      );
    }
    throw error;
  }
}
