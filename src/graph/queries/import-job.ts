import type { GraphClient } from '../graph-client.js';

/** A job as stored: absent properties come back null. */
export interface StoredImportJob {
  id: string;
  file: string;
  by: string;
  state: string;
  rows: number | null;
  written: number;
  createdAt: string;
  finishedAt: string | null;
  errorCode: string | null;
  errorMessage: string | null;
  problems: string | null;
  bookmarks: string[] | null;
}

/** One job by id, or undefined when there is none. */
export async function importJob(
  graph: GraphClient,
  id: string,
): Promise<StoredImportJob | undefined> {
  const [row] = await graph.read<{ job: StoredImportJob }>('import-jobs/import-job', { id });
  return row?.job;
}
