import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import express, { type NextFunction, type Request, type Response } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apolloHandler, inSequence } from '../../src/http/graphql-route.js';

// inSequence as the service mounts it: in front of routes and an error handler of the app.
let server: http.Server;
let base: string;
let apollo: ApolloServer;
beforeAll(async () => {
  apollo = new ApolloServer({
    typeDefs: 'type Query { hello(name: String): String }',
    resolvers: { Query: { hello: (_: unknown, args: { name?: string }) => `hi ${args.name}` } },
    // So that a GET query needs no preflight header in these tests.
    csrfPrevention: false,
  });
  await apollo.start();
  const app = express();
  const seen = (label: string) => (request: Request, _response: Response, next: NextFunction) => {
    (request as Request & { seen?: string[] }).seen ??= [];
    (request as Request & { seen?: string[] }).seen!.push(label);
    next();
  };
  const report = (request: Request, response: Response) => {
    response.json({ seen: (request as Request & { seen?: string[] }).seen });
  };
  app.use(
    '/steps',
    inSequence([seen('a'), undefined, seen('b'), (request, response) => report(request, response)]),
  );
  app.use('/falls-through', inSequence([seen('a'), seen('b')]));
  app.use('/falls-through', seen('route after'), report);
  app.use(
    '/passes-error',
    inSequence([seen('a'), (_request, _response, next) => next(new Error('passed')), seen('b')]),
  );
  app.use(
    '/throws',
    inSequence([
      seen('a'),
      () => {
        throw new Error('thrown');
      },
    ]),
  );
  app.use(
    '/rejects',
    inSequence([
      seen('a'),
      async () => {
        await Promise.resolve();
        throw new Error('rejected');
      },
    ]),
  );
  app.use(
    '/graphql',
    express.json(),
    apolloHandler(apollo, async () => ({})),
  );
  app.use((error: Error, request: Request, response: Response, _next: NextFunction) => {
    response
      .status(500)
      .json({ error: error.message, seen: (request as Request & { seen?: string[] }).seen });
  });
  server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await apollo.stop();
});

describe('inSequence', () => {
  it('runs the handlers in order, skipping the absent ones', async () => {
    expect(await (await fetch(`${base}/steps`)).json()).toEqual({ seen: ['a', 'b'] });
  });

  it('goes on to the routes after it when the last handler calls next()', async () => {
    expect(await (await fetch(`${base}/falls-through`)).json()).toEqual({
      seen: ['a', 'b', 'route after'],
    });
  });

  it('hands an error passed to next(), thrown, or rejected to the error handlers, and stops', async () => {
    for (const [path, message] of [
      ['/passes-error', 'passed'],
      ['/throws', 'thrown'],
      ['/rejects', 'rejected'],
    ]) {
      const response = await fetch(`${base}${path}`);
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({ error: message, seen: ['a'] });
    }
  });
});

describe('apolloHandler', () => {
  it('answers a POST with Apollo’s status, headers and body, without an ETag', async () => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query ($n: String) { hello(name: $n) }',
        variables: { n: 'x' },
      }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('etag')).toBeNull();
    const text = await response.text();
    expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength(text)));
    expect(JSON.parse(text)).toEqual({ data: { hello: 'hi x' } });
  });

  it('reads a GET’s operation from the query string and answers with an ETag, as before', async () => {
    const search = `?query=${encodeURIComponent('{ hello(name: "y") }')}`;
    const response = await fetch(`${base}/graphql${search}`, {
      headers: { accept: 'application/json' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toMatch(/^W\//);
    expect(await response.json()).toEqual({ data: { hello: 'hi y' } });
  });

  it('passes Apollo’s refusals through with their status', async () => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ nope }' }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      errors: [{ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }],
    });
  });
});
