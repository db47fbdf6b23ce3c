import type { GraphClient } from '../graph/graph-client.js';
import { existingIds, type CheckedLabel } from '../graph/queries/existing-ids.js';
import { badUserInput } from '../errors.js';

/**
 * Fails with BAD_USER_INPUT naming every id the graph does not have, so a
 * relationship query never answers "no partners" for a misspelt id.
 */
export async function assertKnownIds(
  graph: GraphClient,
  label: CheckedLabel,
  ids: readonly string[],
  argument: string,
): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  const known = await existingIds(graph, label, unique);
  const unknown = unique.filter((id) => !known.has(id));
  if (unknown.length > 0) throw unknownIdsError(label, unknown, argument);
}

/** The BAD_USER_INPUT error naming ids of an argument that the graph does not have. */
export function unknownIdsError(label: string, unknown: readonly string[], argument: string) {
  return badUserInput(
    `Unknown ${label} id(s) in "${argument}": ${unknown.map((id) => `"${id}"`).join(', ')}`,
    { argument, unknownIds: [...unknown] },
  );
}
