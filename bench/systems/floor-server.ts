import http from 'node:http';
import type { Neo4jSettings } from '../bench-graph.js';
import { createDriver } from '../../src/graph/create-driver.js';
import { floorShapes, floorStatement } from './floor-statement.js';
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
  typename: '{"data":{"__typename":"Query"}}',
};

export async function startFloor(settings: Neo4jSettings): Promise<RunningSystem> {
  const driver = createDriver(settings);
  const runStatement = floorStatement(driver, settings);
  const shapes = new Set(floorShapes());
  const server = http.createServer((request, response) => {
    void handle(request, response);
  });

  async function handle(request: http.IncomingMessage, response: http.ServerResponse) {
    const match = /^\/shape\/([a-z0-9-]+)$/.exec(request.url ?? '');
    const shape = match?.[1] ?? '';
    const constant = CONSTANT_ANSWERS[shape];
    if (request.method === 'POST' && constant !== undefined) {
      for await (const chunk of request) void chunk;
      response.writeHead(200, { 'content-type': 'application/json', 'x-db-statements': '0' });
      response.end(constant);
      return;
    }
    if (request.method !== 'POST' || !shapes.has(shape)) {
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end('{"errors":[{"message":"not found"}]}');
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    try {
      const data = await runStatement(shape, JSON.parse(Buffer.concat(chunks).toString('utf8')));
      response.writeHead(200, { 'content-type': 'application/json', 'x-db-statements': '1' });
      response.end(JSON.stringify({ data }));
    } catch (error) {
      response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ errors: [{ message: (error as Error).message }] }));
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
