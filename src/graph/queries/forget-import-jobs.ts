import type { GraphClient } from '../graph-client.js';

/** Deletes jobs finished (or last updated, for unfinished ones) before `before`; returns how many. */
export async function forgetImportJobs(graph: GraphClient, before: string): Promise<number> {
  const [row] = await graph.write<{ forgotten: number }>(
    'import-jobs/forget-import-jobs',
    { before },
    { bookkeeping: true },
  );
  return row?.forgotten ?? 0;
}
