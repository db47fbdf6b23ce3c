import type { Request, Response } from 'express';

/** Liveness: the process is up and serving HTTP. Never touches Neo4j. */
export function healthRoute(startedAt: number) {
  return (_request: Request, response: Response): void => {
    response.json({ status: 'ok', uptimeSeconds: Math.round((Date.now() - startedAt) / 1000) });
  };
}
