import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../src/graph/graph-client.js';
import { startOtlpReceiver, type ReceivedSpan } from '../helpers/otlp-receiver.js';
import { parsePrometheusText, total } from '../helpers/prometheus-text.js';
import { openTestGraph, resetAndSeed } from '../helpers/test-graph.js';
import { startTestService, type TestService } from '../helpers/test-service.js';
import { editorToken } from '../helpers/test-tokens.js';

interface StatsAnswer {
  data?: unknown;
  errors?: Array<{ extensions: { code: string } }>;
  extensions?: { stats?: { roundTrips: number; statements: string[] } };
}

// A root list, then a nested list through a loader (one batch for all five projects).
const LISTED = /* GraphQL */ `
  query ListedProjects {
    projects(first: 5) {
      nodes {
        id
        countries {
          code
        }
      }
    }
  }
`;

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-debug-stats': '1', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as StatsAnswer };
}

let graph: GraphClient;
beforeAll(async () => {
  graph = openTestGraph();
  await resetAndSeed(graph);
});
afterAll(async () => {
  await graph?.driver.close();
});

describe('traces over OTLP', () => {
  let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
  let spans: ReceivedSpan[];
  const roundTrips: number[] = [];
  const CLIENTS = 24;

  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    const service = await startTestService(graph, {
      signals: { traces: { tracesUrl: receiver.tracesUrl, serviceName: 'graph-under-test' } },
    });
    // Many clients at once: each request's spans must stay in its own trace.
    const answers = await Promise.all(
      Array.from({ length: CLIENTS }, () => post(service.url, { query: LISTED })),
    );
    for (const answer of answers) {
      expect(answer.body.errors).toBeUndefined();
      roundTrips.push(answer.body.extensions!.stats!.roundTrips);
    }
    // Stopping flushes the batch of spans not yet exported.
    await service.stop();
    spans = receiver.spans;
  });
  afterAll(async () => {
    await receiver?.close();
  });

  it('makes one server span per request, named and described', () => {
    const requests = spans.filter((span) => span.kind === 2);
    expect(requests).toHaveLength(CLIENTS);
    for (const request of requests) {
      expect(request.name).toBe('POST /graphql');
      expect(request.parentSpanId).toBeUndefined();
      expect(request.serviceName).toBe('graph-under-test');
      expect(request.attributes).toMatchObject({
        'http.request.method': 'POST',
        'http.response.status_code': 200,
        'graphql.operation.type': 'query',
        'graphql.operation.name': 'ListedProjects',
      });
    }
    expect(new Set(requests.map((span) => span.traceId)).size).toBe(CLIENTS);
  });

  it('makes one span per statement and per loader batch, in the request’s trace, none per field', () => {
    const byId = new Map(spans.map((span) => [span.spanId, span]));
    for (const request of spans.filter((span) => span.kind === 2)) {
      const trace = spans.filter((span) => span.traceId === request.traceId);
      const statements = trace.filter((span) => span.kind === 3);
      const batches = trace.filter((span) => span.name.startsWith('loader '));
      // Nothing else: no span for `id`, `countries`, `code` …
      expect(trace).toHaveLength(1 + statements.length + batches.length);
      expect(statements.map((span) => span.name).sort()).toEqual([
        'queries/list-projects',
        'queries/project-countries-by-ids',
      ]);
      const [batch] = batches;
      expect(batches).toHaveLength(1);
      expect(batch).toMatchObject({
        name: 'loader queries/project-countries-by-ids',
        parentSpanId: request.spanId,
        attributes: { 'loader.batch.size': 5 },
      });
      const list = statements.find((span) => span.name === 'queries/list-projects')!;
      const nested = statements.find((span) => span.name !== 'queries/list-projects')!;
      expect(list.parentSpanId).toBe(request.spanId);
      expect(nested.parentSpanId).toBe(batch!.spanId);
      expect(byId.get(nested.parentSpanId!)?.traceId).toBe(request.traceId);
      expect(nested.attributes).toMatchObject({
        'db.system.name': 'neo4j',
        'db.query.summary': 'queries/project-countries-by-ids',
      });
    }
    // As many statement spans as the round trips the service counted.
    expect(spans.filter((span) => span.kind === 3)).toHaveLength(
      roundTrips.reduce((sum, trips) => sum + trips, 0),
    );
  });
});

describe('a traced request whose client goes away', () => {
  const HELD = 'cascade';

  /** Transactions of the database waiting for a lock (its status says "Blocked by …"). */
  async function blockedTransactions(): Promise<number> {
    const session = graph.driver.session({ database: 'system' });
    try {
      const result = await session.run(
        `SHOW TRANSACTIONS YIELD status WHERE status STARTS WITH 'Blocked' RETURN count(*) AS blocked`,
      );
      return Number(result.records[0]!.get('blocked'));
    } finally {
      await session.close();
    }
  }

  it('still ends and exports its span when the connection closes, with no response status', async () => {
    const receiver = await startOtlpReceiver();
    const service = await startTestService(graph, {
      signals: { traces: { tracesUrl: receiver.tracesUrl, serviceName: 'abandoned' } },
    });
    // The test holds the project's lock, so the edit waits in the database
    // until the client has gone away.
    const session = graph.driver.session({ database: graph.database });
    const holder = await session.beginTransaction();
    try {
      await holder.run('MATCH (p:Project {id: $id}) SET p.heldByTest = true', { id: HELD });
      const client = new AbortController();
      const answer = fetch(`${service.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${await editorToken()}`,
        },
        body: JSON.stringify({
          query: `mutation HeldEdit { updateProject(input: { id: "${HELD}", acronym: "HELD" }) { id } }`,
        }),
        signal: client.signal,
      });
      while ((await blockedTransactions()) === 0) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      client.abort();
      await expect(answer).rejects.toThrow();
    } finally {
      await holder.rollback();
      await session.close();
    }
    // Stopping waits for the edit to finish and flushes what is buffered.
    await service.stop();
    await receiver.close();
    const requests = receiver.spans.filter((span) => span.kind === 2);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.attributes).toMatchObject({
      'http.request.method': 'POST',
      'graphql.operation.name': 'HeldEdit',
    });
    // Nothing was answered: no status is claimed for it.
    expect(requests[0]!.attributes).not.toHaveProperty('http.response.status_code');
  });
});

describe('trace sampling (OTEL_TRACES_SAMPLER=parentbased_traceidratio)', () => {
  const REQUESTS = 20;

  /** The spans a service exports for REQUESTS requests at the sampling ratio. */
  async function spansAtRatio(ratio: number): Promise<ReceivedSpan[]> {
    const receiver = await startOtlpReceiver();
    try {
      const service = await startTestService(graph, {
        signals: {
          traces: {
            tracesUrl: receiver.tracesUrl,
            serviceName: 'sampled',
            sampling: { sampler: 'parentbased_traceidratio', ratio },
          },
        },
      });
      for (let i = 0; i < REQUESTS; i += 1) {
        const answer = await post(service.url, { query: LISTED });
        expect(answer.body.errors).toBeUndefined();
      }
      // Stopping flushes what is buffered.
      await service.stop();
      return [...receiver.spans];
    } finally {
      await receiver.close();
    }
  }

  it('exports no span at ratio 0, not even of a statement or a batch', async () => {
    expect(await spansAtRatio(0)).toEqual([]);
  });

  it('exports every request with its statements and batches at ratio 1', async () => {
    const spans = await spansAtRatio(1);
    const requests = spans.filter((span) => span.kind === 2);
    expect(requests).toHaveLength(REQUESTS);
    expect(new Set(requests.map((span) => span.traceId)).size).toBe(REQUESTS);
    // Each request: its span, two statements and one loader batch.
    expect(spans).toHaveLength(REQUESTS * 4);
  });
});

describe('GET /metrics', () => {
  let api: TestService;
  beforeAll(async () => {
    // One request at a time and none waiting: a burst is partly refused.
    api = await startTestService(graph, {
      signals: { metrics: true },
      admission: { concurrent: 1, queued: 0 },
    });
  });
  afterAll(async () => {
    await api?.stop();
  });

  const scrape = async () => {
    const response = await fetch(`${api.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return parsePrometheusText(await response.text());
  };

  it('counts requests, latencies, round trips and errors by code', async () => {
    const before = await scrape();
    const answers = await Promise.all(
      Array.from({ length: 30 }, () => post(api.url, { query: LISTED })),
    );
    const invalid = await post(api.url, { query: '{ noSuchField }' });
    const badToken = await post(api.url, { query: LISTED }, { authorization: 'Bearer not-a-jwt' });
    const editor = await editorToken();
    const asEditor = await post(api.url, { query: LISTED }, { authorization: `Bearer ${editor}` });
    const after = await scrape();
    const delta = (name: string, labels: Record<string, string> = {}) =>
      total(after, name, labels) - total(before, name, labels);

    const served = answers.filter((answer) => answer.status === 200);
    const busy = answers.filter((answer) => answer.status === 503);
    expect(served.length + busy.length).toBe(30);
    expect(busy.length).toBeGreaterThan(0);
    expect(invalid.status).toBe(400);
    expect(badToken.status).toBe(401);
    expect(asEditor.status).toBe(200);

    const ok = { route: '/graphql', method: 'POST', status: '200' };
    expect(delta('http_requests_total', ok)).toBe(served.length + 1);
    expect(delta('http_requests_total', { route: '/graphql', status: '503' })).toBe(busy.length);
    expect(delta('http_requests_total', { route: '/graphql', status: '400' })).toBe(1);
    expect(delta('http_requests_total', { route: '/graphql', status: '401' })).toBe(1);
    expect(delta('http_request_duration_seconds_count', { route: '/graphql' })).toBe(33);
    expect(delta('graphql_errors_total', { code: 'SERVICE_BUSY' })).toBe(busy.length);
    expect(delta('graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    expect(delta('graphql_errors_total', { code: 'UNAUTHENTICATED' })).toBe(1);

    // Every round trip the requests reported is counted, under its statement's name.
    const trips = [...served, asEditor].reduce(
      (sum, answer) => sum + answer.body.extensions!.stats!.roundTrips,
      0,
    );
    expect(delta('neo4j_round_trips_total')).toBe(trips);
    expect(delta('neo4j_round_trips_total', { statement: 'queries/list-projects' })).toBe(
      served.length + 1,
    );
    expect(delta('neo4j_statement_duration_seconds_count')).toBe(trips);
    expect(total(after, 'admission_queue_length')).toBe(0);
    expect(total(after, 'process_cpu_seconds_total')).toBeGreaterThan(0);
  });

  it('is not there when metrics are off', async () => {
    const off = await startTestService(graph);
    try {
      expect((await fetch(`${off.url}/metrics`)).status).toBe(404);
    } finally {
      await off.stop();
    }
  });
});
