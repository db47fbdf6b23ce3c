import type { Request, Response } from 'express';
import type { Driver } from 'neo4j-driver';

/**
 * Readiness: Neo4j answers a query. 200 `{status: "ready"}` or 503
 * `{status: "unavailable"}`; a load balancer stops routing to a replica that
 * is not ready, and routes again once the database is back.
 */
export function readyRoute(driver: Driver, database: string, isShuttingDown: () => boolean) {
  return async (_request: Request, response: Response): Promise<void> => {
    if (isShuttingDown()) {
      response.status(503).json({ status: 'unavailable', reason: 'shutting down' });
      return;
    }
    // One auto-commit query, no retries: readiness must answer fast when Neo4j is away.
    const session = driver.session({ database });
    try {
      await session.run('RETURN 1');
      response.json({ status: 'ready', database });
    } catch {
      response.status(503).json({ status: 'unavailable', reason: 'database unreachable' });
    } finally {
      await session.close();
    }
  };
}
