import { normaliseName } from '../domain/normalise-name.js';
import { badUserInput } from '../errors.js';
import type { GraphClient } from '../graph/graph-client.js';

/**
 * An organisation or funder may not take a name or alias another one already
 * answers to (after folding case and accents): that is a merge, not a new
 * spelling. Throws BAD_USER_INPUT naming the other node.
 */
export async function assertNamesFree(
  graph: GraphClient,
  id: string,
  names: ReadonlyArray<string | null | undefined>,
): Promise<void> {
  const wanted = new Map<string, string>();
  for (const name of names) if (name) wanted.set(normaliseName(name), name);
  if (wanted.size === 0) return;
  const existing = await graph.read<{ label: string; id: string; name: string }>(
    'import/existing-names',
  );
  for (const row of existing) {
    const clash = row.id !== id ? wanted.get(normaliseName(row.name)) : undefined;
    if (clash) {
      throw badUserInput(
        `The name "${clash}" is already used by ${row.label} "${row.id}"; merge the two instead of adding a second node.`,
        { conflictsWith: row.id },
      );
    }
  }
}
