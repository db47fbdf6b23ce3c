import type { AddressInfo } from 'node:net';
import express, { type Response } from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { currentRequestScope, requestScope } from '../../src/http/request-id.js';
import { startTracing, type Tracing } from '../../src/signals/tracing.js';
import { startOtlpReceiver } from '../helpers/otlp-receiver.js';

/**
 * The request span as the service mounts it (`requestScope(openRequestSpan)`),
 * on a bare Express app: no database is involved in opening or ending it.
 */
async function tracedApp(tracing: Tracing) {
  let reached: (response: Response) => void = () => {};
  const held = new Promise<Response>((resolve) => (reached = resolve));
  const app = express();
  app.use('/graphql', requestScope(tracing.openRequestSpan));
  // Never answers: the client gives up first.
  app.post('/graphql/held', (_request, response) => reached(response));
  // One operation with one statement inside the request, then the request id it saw.
  app.post('/graphql/answered', async (_request, response) => {
    tracing.describeOperation('query', 'One');
    const seen = await tracing.observer.statement(
      'queries/one',
      async () => currentRequestScope()?.id,
    );
    response.json({ seen });
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, held, close: () => new Promise((resolve) => server.close(resolve)) };
}

let cleanUp: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const step of cleanUp.reverse()) await step();
  cleanUp = [];
});

async function setUp() {
  const receiver = await startOtlpReceiver();
  const tracing = await startTracing({ tracesUrl: receiver.tracesUrl, serviceName: 'unit' });
  const app = await tracedApp(tracing);
  cleanUp.push(receiver.close, app.close);
  return { receiver, tracing, app };
}

describe('the request span', () => {
  it('ends when the client goes away before an answer, claiming no response status', async () => {
    const { receiver, tracing, app } = await setUp();
    const client = new AbortController();
    const answer = fetch(`${app.url}/graphql/held`, { method: 'POST', signal: client.signal });
    const response = await app.held;
    const closed = new Promise((resolve) => response.once('close', resolve));
    client.abort();
    await expect(answer).rejects.toThrow();
    await closed;
    // Shutting down exports what has ended; a span still open would be missing.
    await tracing.shutdown();
    const requests = receiver.spans.filter((span) => span.kind === 2);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.name).toBe('POST /graphql');
    expect(requests[0]!.attributes).not.toHaveProperty('http.response.status_code');
  });

  it('shares the request id’s scope: a statement is its child and still sees the id', async () => {
    const { receiver, tracing, app } = await setUp();
    const response = await fetch(`${app.url}/graphql/answered`, {
      method: 'POST',
      headers: { 'x-request-id': 'unit-request-1' },
    });
    expect(await response.json()).toEqual({ seen: 'unit-request-1' });
    await tracing.shutdown();
    const request = receiver.spans.find((span) => span.kind === 2)!;
    const statement = receiver.spans.find((span) => span.kind === 3)!;
    // Every attribute, in the order it was set, and nothing else.
    expect(Object.entries(request.attributes)).toEqual([
      ['http.request.method', 'POST'],
      ['url.path', '/graphql/answered'],
      ['graphql.operation.type', 'query'],
      ['graphql.operation.name', 'One'],
      ['http.response.status_code', 200],
    ]);
    expect(request).toMatchObject({ name: 'POST /graphql', serviceName: 'unit' });
    expect(request.parentSpanId).toBeUndefined();
    expect(statement).toMatchObject({ name: 'queries/one', parentSpanId: request.spanId });
    expect(Object.entries(statement.attributes)).toEqual([
      ['db.system.name', 'neo4j'],
      ['db.query.summary', 'queries/one'],
    ]);
    expect(statement.traceId).toBe(request.traceId);
    for (const span of [request, statement]) {
      expect(span.traceId).toMatch(/^[0-9a-f]{32}$/);
      expect(span.spanId).toMatch(/^[0-9a-f]{16}$/);
    }
    expect(statement.spanId).not.toBe(request.spanId);
  });
});
