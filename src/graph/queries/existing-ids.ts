import type { GraphClient } from '../graph-client.js';

/** The labels whose ids a request may name and have checked. */
export type CheckedLabel = 'Organisation' | 'Project' | 'FundingSource' | 'PolicyArea';

/** Which of these ids of one label the graph has. */
export async function existingIds(
  graph: GraphClient,
  label: CheckedLabel,
  ids: readonly string[],
): Promise<Set<string>> {
  const found = await graph.read<{ id: string }>('queries/existing-ids', {
    ids: ids.map((id) => ({ label, id })),
  });
  return new Set(found.map((row) => row.id));
}
