import { randomUUID } from 'node:crypto';
import pLimit from 'p-limit';
import { CausalChain } from '../../causal/causal-chain.js';
import type { GraphClient } from '../../graph/graph-client.js';
import { DatasetError, type DatasetProblem } from '../../import/dataset-error.js';
import type { DatasetFile } from '../../import/dataset-file.js';
import { importDatasets } from '../../import/import-datasets.js';
import { ImportTooLargeError } from '../../import/import-too-large.js';
import type { Logger } from '../../logger.js';
import { ErrorCode } from '../../errors.js';

/** Where an uploaded import is: waiting, being checked or written, or over. */
export type ImportState = 'queued' | 'validating' | 'writing' | 'done' | 'refused' | 'failed';

/** An uploaded import as `GET /imports/:id` reports it. */
export interface ImportJob {
  id: string;
  file: string;
  /** The editor who uploaded it (the token's subject). */
  by: string;
  state: ImportState;
  /** Rows of the import and how many the open transaction holds; nothing is visible before `done`. */
  rows: number | null;
  written: number;
  createdAt: string;
  finishedAt: string | null;
  /** Why it was refused (BAD_USER_INPUT) or failed (IMPORT_TOO_LARGE, IMPORT_FAILED). */
  error: { code: string; message: string; problems?: DatasetProblem[] } | null;
  /** Once `done`: the Neo4j bookmarks of its transaction, to read it on any replica. */
  bookmarks?: string[];
}

export interface ImportJobSettings {
  /** Imports written at once; the others wait in line (`queued`). */
  concurrency: number;
  /** Longest an import's transaction may run (0: the database's default). */
  transactionTimeoutMs: number;
  /** Finished jobs kept for `GET /imports/:id`; the oldest are forgotten first. */
  keepFinished: number;
}

export const DEFAULT_IMPORT_JOB_SETTINGS: ImportJobSettings = {
  concurrency: 2,
  transactionTimeoutMs: 600_000,
  keepFinished: 100,
};

const FINISHED: ReadonlySet<ImportState> = new Set(['done', 'refused', 'failed']);

/**
 * Imports uploaded through the API, run in the service: each one through the
 * same `importDatasets` as the command line (validation, then one
 * transaction), at most `concurrency` at a time, its progress kept in memory
 * for `GET /imports/:id`. A service stopped mid-import loses the job and the
 * database rolls its transaction back: nothing half-written remains.
 */
export class ImportJobs {
  private readonly jobs = new Map<string, ImportJob>();
  private readonly line: ReturnType<typeof pLimit>;

  constructor(
    private readonly graph: GraphClient,
    private readonly logger: Logger,
    private readonly settings: ImportJobSettings = DEFAULT_IMPORT_JOB_SETTINGS,
  ) {
    this.line = pLimit(settings.concurrency);
  }

  get(id: string): ImportJob | undefined {
    return this.jobs.get(id);
  }

  /** Queues a parsed file for import; returns its job at once (state `queued`). */
  start(file: DatasetFile, by: string): ImportJob {
    const job: ImportJob = {
      id: randomUUID(),
      file: file.file,
      by,
      state: 'queued',
      rows: null,
      written: 0,
      createdAt: new Date().toISOString(),
      finishedAt: null,
      error: null,
    };
    this.jobs.set(job.id, job);
    void this.line(() => this.run(job, file));
    return job;
  }

  /** Settles when the job is over (for tests and shutdown). */
  async finished(id: string): Promise<ImportJob | undefined> {
    for (;;) {
      const job = this.jobs.get(id);
      if (!job || FINISHED.has(job.state)) return job;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  private async run(job: ImportJob, file: DatasetFile): Promise<void> {
    job.state = 'validating';
    const chain = new CausalChain();
    try {
      await importDatasets(this.graph.withCausalChain(chain), [file], {
        importId: job.id,
        timeoutMs: this.settings.transactionTimeoutMs,
        onWriting: (total) => {
          job.state = 'writing';
          job.rows = total;
        },
        onRows: ({ written }) => {
          job.written = written;
        },
      });
      job.bookmarks = chain.written;
      job.state = 'done';
    } catch (error) {
      if (error instanceof DatasetError) {
        job.state = 'refused';
        job.error = {
          code: ErrorCode.BAD_USER_INPUT,
          message: error.message,
          problems: error.problems,
        };
      } else if (error instanceof ImportTooLargeError) {
        job.state = 'failed';
        job.error = { code: error.code, message: error.message };
      } else {
        job.state = 'failed';
        job.error = {
          code: ErrorCode.IMPORT_FAILED,
          message: 'The import failed and wrote nothing; quote the import id when reporting it.',
        };
        this.logger.error({ err: error, importId: job.id }, 'uploaded import failed');
      }
    } finally {
      job.finishedAt = new Date().toISOString();
      this.forgetOldest();
    }
  }

  private forgetOldest(): void {
    const finished = [...this.jobs.values()].filter((job) => FINISHED.has(job.state));
    for (const job of finished.slice(
      0,
      Math.max(0, finished.length - this.settings.keepFinished),
    )) {
      this.jobs.delete(job.id);
    }
  }
}
