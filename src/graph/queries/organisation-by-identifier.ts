import type { GraphClient } from '../graph-client.js';

/** The id of the organisation holding an identifier (its canonical key), or null. */
export async function organisationIdByIdentifier(
  graph: GraphClient,
  key: string,
): Promise<string | null> {
  const [row] = await graph.read<{ id: string }>('queries/organisation-by-identifier', { key });
  return row?.id ?? null;
}
