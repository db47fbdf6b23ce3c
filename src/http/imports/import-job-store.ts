import { CausalChain } from '../../causal/causal-chain.js';
import type { GraphClient } from '../../graph/graph-client.js';
import { createImportJob } from '../../graph/queries/create-import-job.js';
import { forgetImportJobs } from '../../graph/queries/forget-import-jobs.js';
import { importJob, type StoredImportJob } from '../../graph/queries/import-job.js';
import { updateImportJob } from '../../graph/queries/update-import-job.js';
import type { DatasetProblem } from '../../import/dataset-error.js';
import type { ImportJob, ImportState } from './import-jobs.js';

/**
 * Uploaded imports' jobs as (:ImportJob) nodes in Neo4j, so that
 * `GET /imports/:id` answers the same on every worker and every replica,
 * whichever process runs the import. Each change is its own managed write
 * transaction, apart from the import's: the job's progress is visible while
 * the import's own writes are not yet.
 */
export class ImportJobStore {
  constructor(private readonly graph: GraphClient) {}

  /** Records a queued job; returns the bookmarks of that write (to find it on any replica). */
  async create(job: ImportJob): Promise<string[] | undefined> {
    const chain = new CausalChain();
    await createImportJob(this.graph.withCausalChain(chain), {
      id: job.id,
      file: job.file,
      by: job.by,
      createdAt: job.createdAt,
    });
    return chain.written;
  }

  /** Writes the job's state, progress and outcome; a finished job is left as it was. */
  async save(job: ImportJob): Promise<void> {
    await updateImportJob(this.graph, {
      id: job.id,
      state: job.state,
      rows: job.rows,
      written: job.written,
      finishedAt: job.finishedAt,
      errorCode: job.error?.code ?? null,
      errorMessage: job.error?.message ?? null,
      problems: job.error?.problems ? JSON.stringify(job.error.problems) : null,
      bookmarks: job.bookmarks ?? null,
      updatedAt: new Date().toISOString(),
    });
  }

  /** The job, read at least at the state of `bookmarks` (the client's, from the upload's answer). */
  async get(id: string, bookmarks: readonly string[] = []): Promise<ImportJob | undefined> {
    const graph =
      bookmarks.length > 0 ? this.graph.withCausalChain(new CausalChain(bookmarks)) : this.graph;
    const stored = await importJob(graph, id);
    return stored && fromStored(stored);
  }

  /** Deletes the jobs finished (or, unfinished, last heard of) before `before`. */
  forgetBefore(before: Date): Promise<number> {
    return forgetImportJobs(this.graph, before.toISOString());
  }
}

function fromStored(stored: StoredImportJob): ImportJob {
  return {
    id: stored.id,
    file: stored.file,
    by: stored.by,
    state: stored.state as ImportState,
    rows: stored.rows,
    written: stored.written,
    createdAt: stored.createdAt,
    finishedAt: stored.finishedAt,
    error: stored.errorCode
      ? {
          code: stored.errorCode,
          message: stored.errorMessage ?? '',
          ...(stored.problems ? { problems: JSON.parse(stored.problems) as DatasetProblem[] } : {}),
        }
      : null,
    ...(stored.bookmarks ? { bookmarks: stored.bookmarks } : {}),
  };
}
