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
import { ImportJobStore } from './import-job-store.js';
import { JobRecorder } from './job-recorder.js';

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
  /** Imports written at once by this process; the others wait in line (`queued`). */
  concurrency: number;
  /** Longest an import's transaction may run (0: the database's default). */
  transactionTimeoutMs: number;
  /** How long a finished job stays readable by `GET /imports/:id`. */
  retentionMs: number;
}

export const DEFAULT_IMPORT_JOB_SETTINGS: ImportJobSettings = {
  concurrency: 2,
  transactionTimeoutMs: 600_000,
  retentionMs: 24 * 3600 * 1000,
};

const FINISHED: ReadonlySet<ImportState> = new Set(['done', 'refused', 'failed']);

/**
 * Imports uploaded through the API, run in the service: each one through the
 * same `importDatasets` as the command line (validation, then one
 * transaction), at most `concurrency` at a time per process. The job's state
 * and progress are kept in Neo4j (ImportJobStore), written as they change, so
 * that any worker or replica answers `GET /imports/:id`; finished jobs are
 * deleted after `retentionMs`. A service stopped mid-import leaves its job
 * in its last state until the retention removes it, and the database rolls
 * the import's transaction back: nothing half-written remains.
 */
export class ImportJobs {
  private readonly store: ImportJobStore;
  private readonly line: ReturnType<typeof pLimit>;

  constructor(
    private readonly graph: GraphClient,
    private readonly logger: Logger,
    private readonly settings: ImportJobSettings = DEFAULT_IMPORT_JOB_SETTINGS,
  ) {
    this.store = new ImportJobStore(graph);
    this.line = pLimit(settings.concurrency);
  }

  /** The job as the database has it, read at least at the state of `bookmarks`. */
  get(id: string, bookmarks: readonly string[] = []): Promise<ImportJob | undefined> {
    return this.store.get(id, bookmarks);
  }

  /**
   * Records a parsed file's job (state `queued`) and queues the import;
   * resolves with the job once it is recorded, and the bookmarks of that
   * write, with which a poll on any replica finds it.
   */
  async start(file: DatasetFile, by: string): Promise<{ job: ImportJob; bookmarks?: string[] }> {
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
    const bookmarks = await this.store.create(job);
    // As recorded (queued): the import changes `job` from here on.
    const accepted = { ...job };
    void this.line(() => this.run(job, file));
    return { job: accepted, bookmarks };
  }

  /** Settles when the job is over, as the database has it (for tests and shutdown). */
  async finished(id: string): Promise<ImportJob | undefined> {
    for (;;) {
      const job = await this.store.get(id);
      if (!job || FINISHED.has(job.state)) return job;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  private async run(job: ImportJob, file: DatasetFile): Promise<void> {
    const recorder = new JobRecorder(job, this.store, this.logger);
    job.state = 'validating';
    recorder.changed();
    const chain = new CausalChain();
    try {
      await importDatasets(this.graph.withCausalChain(chain), [file], {
        importId: job.id,
        timeoutMs: this.settings.transactionTimeoutMs,
        onWriting: (total) => {
          job.state = 'writing';
          job.rows = total;
          recorder.changed();
        },
        onRows: ({ written }) => {
          job.written = written;
          recorder.changed();
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
      recorder.changed();
      await recorder.settled();
      await this.forgetExpired();
    }
  }

  /** Deletes the jobs past the retention (each finished import tidies up after the older ones). */
  private async forgetExpired(): Promise<void> {
    try {
      await this.store.forgetBefore(new Date(Date.now() - this.settings.retentionMs));
    } catch (error) {
      this.logger.warn({ err: error }, 'could not delete import jobs past their retention');
    }
  }
}
