import cluster from 'node:cluster';

/** Which process answers: the worker id under `npm start` with WORKERS > 1, 0 for a single process. */
export interface WorkerIdentity {
  id: number;
  pid: number;
}

export function workerIdentity(): WorkerIdentity {
  return { id: cluster.isWorker ? (cluster.worker?.id ?? 0) : 0, pid: process.pid };
}
