import type { GraphClient } from '../graph-client.js';

/** Every field a job's update writes; null removes the property. */
export interface ImportJobUpdate {
  id: string;
  state: string;
  rows: number | null;
  written: number;
  finishedAt: string | null;
  errorCode: string | null;
  errorMessage: string | null;
  /** The problems of a refusal, as JSON text (a property holds no list of maps). */
  problems: string | null;
  bookmarks: string[] | null;
  updatedAt: string;
}

/** Writes a job's progress or outcome; false when the job is gone or already finished. */
export async function updateImportJob(
  graph: GraphClient,
  update: ImportJobUpdate,
): Promise<boolean> {
  const rows = await graph.write<{ id: string }>(
    'import-jobs/update-import-job',
    { ...update },
    { bookkeeping: true },
  );
  return rows.length > 0;
}
