import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jSettings } from '../bench-graph.js';
import { benchCypher } from '../bench-cypher.js';

/** Runs the floor's statement of a shape; its `data` column, or null. */
export type FloorStatement = (shape: string, body: unknown) => Promise<unknown>;

/**
 * The floor's one statement per shape (`bench/cypher/floor/<shape>.cypher`),
 * run with the official driver in an auto-commit read, as our service reads:
 * no BEGIN and COMMIT round trips. Shared by the floor and the bare stack,
 * so the two differ only in what stands between the request and the driver.
 */
export function floorStatement(driver: Driver, settings: Neo4jSettings): FloorStatement {
  const cypher = benchCypher();
  return async (shape, body) => {
    const session = driver.session({
      database: settings.database,
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      const result = await session.run(cypher.get(`floor/${shape}`), toCypherParams(body));
      return result.records[0]?.get('data') ?? null;
    } finally {
      await session.close();
    }
  };
}

/** The shapes with a floor statement. */
export function floorShapes(): string[] {
  return benchCypher()
    .names('floor/')
    .map((name) => name.slice('floor/'.length));
}

/** JSON numbers that are whole become Cypher integers (LIMIT and slices need them). */
function toCypherParams(body: unknown): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const [key, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    params[key] = typeof value === 'number' && Number.isInteger(value) ? neo4j.int(value) : value;
  }
  return params;
}
