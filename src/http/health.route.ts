import type { Request, Response } from 'express';
import type { Liveness } from '../neo4j-local/supervised-neo4j.js';
import { workerIdentity } from '../workers/worker-identity.js';

const alwaysLive = (): Liveness => ({ live: true });

/**
 * Liveness: the process is up and serving HTTP. Never touches Neo4j; a
 * database outage is readiness's business. It fails (503 with the reason)
 * only when `liveness` says the process cannot recover by itself, e.g. the
 * local Neo4j it supervises could not be restarted, so that a process
 * manager restarts the service. `worker` says which process answered
 * (id 0 for a single process), for operators and load balancers.
 */
export function healthRoute(startedAt: number, liveness: () => Liveness = alwaysLive) {
  return (_request: Request, response: Response): void => {
    const uptimeSeconds = Math.round((Date.now() - startedAt) / 1000);
    const { live, reason } = liveness();
    const worker = workerIdentity();
    if (live) response.json({ status: 'ok', uptimeSeconds, worker });
    else response.status(503).json({ status: 'failing', reason, uptimeSeconds, worker });
  };
}
