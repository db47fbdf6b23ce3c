import type { ChainRow } from '../../resolvers/path-of-chain.js';
import type { GraphClient } from '../graph-client.js';

/** All shortest chains (at most `first`) between two organisations, with the ids the graph lacks. */
export async function connections(
  graph: GraphClient,
  params: { fromId: string; toId: string; maxHops: number; first: number },
): Promise<{ unknownIds: string[]; paths: ChainRow[] }> {
  const [row] = await graph.read<{ unknownIds: string[]; paths: ChainRow[] }>(
    'queries/connections',
    params,
  );
  return { unknownIds: row?.unknownIds ?? [], paths: row?.paths ?? [] };
}
