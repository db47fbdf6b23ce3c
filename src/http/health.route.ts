import type { Request, Response } from 'express';
import type { Liveness } from '../neo4j-local/supervised-neo4j.js';

const alwaysLive = (): Liveness => ({ live: true });

/**
 * Liveness: the process is up and serving HTTP. Never touches Neo4j; a
 * database outage is readiness's business. It fails (503 with the reason)
 * only when `liveness` says the process cannot recover by itself, e.g. the
 * local Neo4j it supervises could not be restarted, so that a process
 * manager restarts the service.
 */
export function healthRoute(startedAt: number, liveness: () => Liveness = alwaysLive) {
  return (_request: Request, response: Response): void => {
    const uptimeSeconds = Math.round((Date.now() - startedAt) / 1000);
    const { live, reason } = liveness();
    if (live) response.json({ status: 'ok', uptimeSeconds });
    else response.status(503).json({ status: 'failing', reason, uptimeSeconds });
  };
}
