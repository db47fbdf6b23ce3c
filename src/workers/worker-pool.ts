import cluster, { type Worker } from 'node:cluster';
import type { Logger } from '../logger.js';
import type { Liveness } from '../neo4j-local/supervised-neo4j.js';
import type { LivenessMessage } from './worker-messages.js';

export interface WorkerPoolOptions {
  /** Workers kept running. */
  count: number;
  /** Environment of every worker on top of the primary's (the database to connect to). */
  env: Record<string, string>;
  logger: Logger;
  /** A worker that dies this soon after it was started counts as failing to start. */
  quickExitMs?: number;
  /** Failed starts in a row after which the pool gives up (onGiveUp). */
  maxQuickExits?: number;
  /** How long a stopping worker may drain before it is killed. */
  stopGraceMs?: number;
  /** Called once when every worker listens. */
  onListening?: (port: number) => void;
  /** Called when workers keep dying at start: the service cannot run. */
  onGiveUp?: (reason: string) => void;
}

export interface WorkerPool {
  /** SIGTERM to every worker (each drains its requests), then waits for them to exit. */
  stop(): Promise<void>;
  /** Tells every worker, and every replacement, what /health should say. */
  setLiveness(liveness: Liveness): void;
}

/**
 * The primary's side of `npm start` with WORKERS > 1: forks the workers (Node's
 * cluster module; they share the HTTP port, connections go round-robin),
 * replaces a worker that dies without being asked to, and stops them all on
 * request, each draining its own requests.
 */
export function startWorkerPool(options: WorkerPoolOptions): WorkerPool {
  const quickExitMs = options.quickExitMs ?? 5_000;
  const maxQuickExits = options.maxQuickExits ?? 5;
  const stopGraceMs = options.stopGraceMs ?? 30_000;
  const startedAt = new Map<Worker, number>();
  const listening = new Set<number>();
  let liveness: LivenessMessage = { type: 'civprot-liveness', liveness: { live: true } };
  let quickExits = 0;
  let stopping = false;
  let announced = false;

  const fork = (): Worker => {
    const worker = cluster.fork(options.env);
    startedAt.set(worker, Date.now());
    worker.on('online', () => {
      if (!liveness.liveness.live) worker.send(liveness);
    });
    return worker;
  };

  cluster.on('listening', (worker, address) => {
    listening.add(worker.id);
    options.logger.info({ worker: worker.id, pid: worker.process.pid }, 'worker listening');
    if (!announced && listening.size >= options.count) {
      announced = true;
      options.onListening?.(address.port);
    }
  });

  cluster.on('exit', (worker, code, signal) => {
    listening.delete(worker.id);
    const lived = Date.now() - (startedAt.get(worker) ?? 0);
    startedAt.delete(worker);
    if (stopping) return;
    quickExits = lived < quickExitMs ? quickExits + 1 : 0;
    if (quickExits >= maxQuickExits) {
      const reason = `workers exited ${quickExits} times in a row within ${quickExitMs} ms of starting (last: code ${code}, signal ${signal})`;
      options.logger.error({ worker: worker.id, code, signal }, reason);
      options.onGiveUp?.(reason);
      return;
    }
    const replacement = fork();
    options.logger.warn(
      { worker: worker.id, pid: worker.process.pid, code, signal, replacement: replacement.id },
      'worker exited without being asked to; started a replacement',
    );
  });

  for (let i = 0; i < options.count; i++) fork();

  return {
    setLiveness(next) {
      liveness = { type: 'civprot-liveness', liveness: next };
      for (const worker of Object.values(cluster.workers ?? {})) {
        if (worker?.isConnected()) worker.send(liveness);
      }
    },
    async stop() {
      stopping = true;
      const workers = Object.values(cluster.workers ?? {}).filter(
        (worker): worker is Worker => worker !== undefined && !worker.isDead(),
      );
      await Promise.all(
        workers.map(
          (worker) =>
            new Promise<void>((resolve) => {
              const killer = setTimeout(() => worker.process.kill('SIGKILL'), stopGraceMs);
              worker.once('exit', () => {
                clearTimeout(killer);
                resolve();
              });
              worker.process.kill('SIGTERM');
            }),
        ),
      );
    },
  };
}
