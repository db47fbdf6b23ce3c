import type { WriteEpoch } from '../../analytics/write-epoch.js';
import type { GraphClient } from '../graph-client.js';

/** The database's write epoch: one indexed node read (see cypher/analytics/advance-write-epoch). */
export async function readWriteEpoch(graph: GraphClient): Promise<WriteEpoch> {
  const [row] = await graph.read<WriteEpoch>('analytics/write-epoch');
  return { generation: row?.generation ?? null, value: row?.value ?? 0 };
}
