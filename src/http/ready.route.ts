import type { Request, Response } from 'express';
import neo4j, { type Driver } from 'neo4j-driver';

/**
 * Readiness: Neo4j answers a query. 200 `{status: "ready"}` or 503
 * `{status: "unavailable"}`; a load balancer stops routing to a replica that
 * is not ready, and routes again once the database is back. The answer is
 * cached for `cacheMs` so frequent probes do not load the database.
 */
export function readyRoute(
  driver: Driver,
  database: string,
  isShuttingDown: () => boolean,
  cacheMs = 1_000,
) {
  let cached: { at: number; ready: boolean } | undefined;
  const check = async (): Promise<boolean> => {
    if (cached && Date.now() - cached.at < cacheMs) return cached.ready;
    // One auto-commit query, no retries: readiness must answer fast when Neo4j is away.
    // A read: in a cluster it goes to a reader and never loads the leader.
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    let ready: boolean;
    try {
      await session.run('RETURN 1');
      ready = true;
    } catch {
      ready = false;
    } finally {
      await session.close().catch(() => {});
    }
    cached = { at: Date.now(), ready };
    return ready;
  };
  return async (_request: Request, response: Response): Promise<void> => {
    if (isShuttingDown()) {
      response.status(503).json({ status: 'unavailable', reason: 'shutting down' });
      return;
    }
    if (await check()) response.json({ status: 'ready', database });
    else response.status(503).json({ status: 'unavailable', reason: 'database unreachable' });
  };
}
