import type { GraphClient } from '../graph-client.js';

/** Records a new upload's job, queued; resolves once it is committed. */
export async function createImportJob(
  graph: GraphClient,
  params: { id: string; file: string; by: string; createdAt: string },
): Promise<void> {
  await graph.write('import-jobs/create-import-job', params, { bookkeeping: true });
}
