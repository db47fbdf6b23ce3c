import http from 'node:http';
import neo4j from 'neo4j-driver';
import type { Neo4jSettings } from '../bench-graph.js';
import { benchCypher } from '../bench-cypher.js';
import { createDriver } from '../../src/graph/create-driver.js';
import { listenOnLoopback } from './listen-on-loopback.js';
import type { RunningSystem } from './running-system.js';

/**
 * The floor: a bare `node:http` handler that runs one hand-written Cypher
 * statement per shape (`bench/cypher/floor/<shape>.cypher`) with the
 * official driver and returns the statement's `data` column as the JSON our
 * API would answer — no GraphQL, no framework, nothing between the request
 * and the database but parsing and serialising. `POST /shape/<name>` with the
 * parameters as a JSON body; the `x-db-statements` header says how many
 * statements it ran (always one, in an auto-commit transaction).
 */
/** Shapes the floor answers without the database: the fixed cost of `node:http` alone. */
const CONSTANT_ANSWERS: Readonly<Record<string, string>> = {
  'floor/typename': '{"data":{"__typename":"Query"}}',
};

export async function startFloor(settings: Neo4jSettings): Promise<RunningSystem> {
  const driver = createDriver(settings);
  const cypher = benchCypher();
  const server = http.createServer((request, response) => {
    void handle(request, response);
  });

  async function handle(request: http.IncomingMessage, response: http.ServerResponse) {
    const match = /^\/shape\/([a-z0-9-]+)$/.exec(request.url ?? '');
    const name = match ? `floor/${match[1]}` : '';
    const constant = CONSTANT_ANSWERS[name];
    if (request.method === 'POST' && constant !== undefined) {
      for await (const chunk of request) void chunk;
      response.writeHead(200, { 'content-type': 'application/json', 'x-db-statements': '0' });
      response.end(constant);
      return;
    }
    if (request.method !== 'POST' || !cypher.names('floor/').includes(name)) {
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end('{"errors":[{"message":"not found"}]}');
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const session = driver.session({
      database: settings.database,
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      const params = toCypherParams(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      // Auto-commit, as our service reads: no BEGIN and COMMIT round trips.
      const result = await session.run(cypher.get(name), params);
      const data: unknown = result.records[0]?.get('data') ?? null;
      response.writeHead(200, { 'content-type': 'application/json', 'x-db-statements': '1' });
      response.end(JSON.stringify({ data }));
    } catch (error) {
      response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ errors: [{ message: (error as Error).message }] }));
    } finally {
      await session.close();
    }
  }

  return {
    url: await listenOnLoopback(server),
    pid: process.pid,
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await driver.close();
    },
  };
}

/** JSON numbers that are whole become Cypher integers (LIMIT and slices need them). */
function toCypherParams(body: unknown): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const [key, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    params[key] = typeof value === 'number' && Number.isInteger(value) ? neo4j.int(value) : value;
  }
  return params;
}
