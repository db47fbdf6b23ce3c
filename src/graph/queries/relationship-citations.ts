import type { GraphClient } from '../graph-client.js';

/** The citation lists of every relationship of one type between two nodes (one list per edge). */
export async function relationshipCitations(
  graph: GraphClient,
  params: { fromId: string; relation: string; toId: string },
): Promise<string[][]> {
  const rows = await graph.read<{ citations: string[] }>('queries/relationship-citations', params);
  return rows.map((row) => row.citations);
}
