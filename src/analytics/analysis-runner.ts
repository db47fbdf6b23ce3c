import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { runAnalysisTask, type AnalysisTask, type AnalysisTaskResult } from './analysis-task.js';
import { transferListOf } from './packed-slice.js';

/** Runs analysis tasks somewhere (AnalysisRunner; a test may wrap one). */
export interface TaskRunner {
  readonly inWorker: boolean;
  run<T extends AnalysisTask>(task: T): Promise<AnalysisTaskResult<T>>;
  close(): Promise<void>;
}

/**
 * Runs analytics off the request thread: in one worker thread (piscina), so
 * a Louvain pass over the whole network never stalls the event loop that
 * serves requests, and at most one core goes to analytics at a time. Where
 * the compiled worker is missing (the service run from its TypeScript
 * sources, as under the test runner) the task runs on this thread instead.
 * The slice's arrays are transferred to the worker (they are unusable here
 * afterwards), and the result's come back the same way (packed-slice.ts,
 * packed-analysis.ts).
 */
export class AnalysisRunner implements TaskRunner {
  private readonly pool: Piscina | null;

  constructor() {
    const workerFile = fileURLToPath(new URL('./analysis-worker.js', import.meta.url));
    this.pool = existsSync(workerFile)
      ? new Piscina({ filename: workerFile, minThreads: 0, maxThreads: 1, idleTimeout: 60_000 })
      : null;
  }

  /** True when tasks run in a worker thread. */
  get inWorker(): boolean {
    return this.pool !== null;
  }

  async run<T extends AnalysisTask>(task: T): Promise<AnalysisTaskResult<T>> {
    if (this.pool) {
      return (await this.pool.run(task, {
        transferList: transferListOf(task.slice),
      })) as AnalysisTaskResult<T>;
    }
    // Let pending I/O go first, as a queued worker task would.
    await new Promise((resolve) => setImmediate(resolve));
    return runAnalysisTask(task) as AnalysisTaskResult<T>;
  }

  async close(): Promise<void> {
    await this.pool?.destroy();
  }
}
