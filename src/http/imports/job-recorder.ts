import type { Logger } from '../../logger.js';
import type { ImportJob } from './import-jobs.js';
import type { ImportJobStore } from './import-job-store.js';

/**
 * Writes one running job to the store as it changes, one write at a time
 * and in order: a change made while a write is under way is written once
 * that write is done, and changes in between are folded into it (an import
 * reports its rows after every statement; the store needs the latest
 * figures, not each one). A failed progress write is logged and does not
 * stop the import; the last write is awaited by `settled()`.
 */
export class JobRecorder {
  private writing: Promise<void> = Promise.resolve();
  private dirty = false;
  private inFlight = false;

  constructor(
    private readonly job: ImportJob,
    private readonly store: ImportJobStore,
    private readonly logger: Logger,
  ) {}

  /** The job changed: write it soon. */
  changed(): void {
    this.dirty = true;
    if (!this.inFlight) this.writing = this.writeWhileDirty();
  }

  /** Resolves once every change so far is written (or its write failed and was logged). */
  async settled(): Promise<void> {
    await this.writing;
  }

  private async writeWhileDirty(): Promise<void> {
    this.inFlight = true;
    try {
      while (this.dirty) {
        this.dirty = false;
        await this.store.save({ ...this.job }).catch((error: unknown) => {
          this.logger.warn(
            { err: error, importId: this.job.id },
            'could not record the import’s progress',
          );
        });
      }
    } finally {
      this.inFlight = false;
    }
  }
}
