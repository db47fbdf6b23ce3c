import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../src/graph/graph-client.js';
import { debugStatsAudience } from '../../src/http/query-stats.plugin.js';
import { capturedLogger } from '../helpers/captured-logger.js';
import { graphChecksum, openTestGraph, resetAndSeed } from '../helpers/test-graph.js';
import { startTestService, type TestService } from '../helpers/test-service.js';
import { editorToken } from '../helpers/test-tokens.js';

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
  extensions?: { stats?: unknown };
}

async function post(
  api: TestService,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: GraphQLBody; bytes: number }> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as GraphQLBody, bytes: text.length };
}

/** `{ ...F0 }`, each fragment spreading the next twice: 2^(n+1) - 1 fields once expanded. */
function fragmentTree(n: number): string {
  const levels = Array.from(
    { length: n },
    (_, i) => `fragment F${i} on Query { __typename ...F${i + 1} ...F${i + 1} }`,
  );
  return `{ ...F0 } ${levels.join(' ')} fragment F${n} on Query { __typename }`;
}

/** Refused alone for cost: four lists of up to 100 rows, nested. */
const COSTLY_SELECTION = `organisations(first: 100) { nodes { participations(first: 100) { nodes {
  organisation { participations(first: 100) { nodes { project { name } } } } } } } }`;

/** The costly selection behind ten levels of fragments that each spread the next twice. */
function costlyBehindFragments(): string {
  const levels = Array.from(
    { length: 10 },
    (_, i) => `fragment W${i} on Query { ...W${i + 1} ...W${i + 1} }`,
  );
  return `{ ...W0 } ${levels.join(' ')} fragment W10 on Query { ${COSTLY_SELECTION} }`;
}

// Reproductions of the review's findings on query analysis; each failed before the fix.
describe('query limits against an attacker', () => {
  let graph: GraphClient;
  let api: TestService;
  const log = capturedLogger();

  beforeAll(async () => {
    graph = openTestGraph();
    await resetAndSeed(graph);
    api = await startTestService(graph, { logger: log.logger });
  });

  afterAll(async () => {
    await api?.stop();
    await graph?.driver.close();
  });

  /** Database round trips logged for a request id (the request log writes one line per operation). */
  const roundTripsOf = (requestId: string): unknown[] =>
    log.lines.filter((line) => line.requestId === requestId).map((line) => line.roundTrips);

  it('refuses a 1 KB fragment tree for its expanded size, and /health answers meanwhile', async () => {
    const query = fragmentTree(21);
    expect(query.length).toBeLessThan(1500);
    const [refused, health] = await Promise.all([
      post(api, { query }, { 'x-request-id': 'fragment-tree' }),
      fetch(`${api.url}/health`),
    ]);
    expect(health.status).toBe(200);
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('TOO_MANY_FIELDS');
    expect(refused.body.errors?.[0]?.message).toBe(
      `The query selects ${2 ** 22 - 1} fields once its fragments are expanded; at most 2000 are allowed.`,
    );
    expect(refused.body.data).toBeUndefined();
  });

  it('refuses a costly query hidden behind doubling fragments, without running it', async () => {
    const before = await graphChecksum(graph);
    const alone = await post(api, { query: `{ ${COSTLY_SELECTION} }` });
    expect(alone.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');

    const wrapped = await post(
      api,
      { query: costlyBehindFragments() },
      { 'x-request-id': 'costly-behind-fragments' },
    );
    expect(wrapped.status).toBe(400);
    expect(['QUERY_TOO_COSTLY', 'TOO_MANY_FIELDS']).toContain(
      wrapped.body.errors?.[0]?.extensions?.code,
    );
    expect(wrapped.body.data).toBeUndefined();
    // Never executed: the database was not asked anything for it.
    expect(roundTripsOf('costly-behind-fragments')).toEqual([0]);
    expect(await graphChecksum(graph)).toBe(before);
  });

  it("refuses a network export over the cost limit as the caller's request (400), not a failure", async () => {
    const response = await fetch(`${api.url}/exports/network.json?maxEdges=50000`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('QUERY_TOO_COSTLY');
    // 50,000 edges, 100,000 nodes and 100,000 node metrics (two per edge at most), and the root.
    expect(body.error.message).toMatch(/estimated cost is 250002; at most 50000/);
  });

  it('counts aliases inside __schema: 125 aliases of types are refused', async () => {
    const aliases = Array.from({ length: 125 }, (_, i) => `t${i}: types { name }`).join(' ');
    const refused = await post(api, { query: `{ __schema { ${aliases} } }` });
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('TOO_MANY_ALIASES');
    expect(refused.body.errors?.[0]?.message).toBe(
      'The query uses 125 aliases; at most 30 are allowed.',
    );
    expect(refused.bytes).toBeLessThan(1000);
  });

  it('costs introspection by its size: a request for many full schemas is refused', async () => {
    const fields =
      'name kind fields { name args { name type { name } } type { name ofType { name } } }';
    const copies = Array.from({ length: 20 }, (_, i) => `t${i}: types { ${fields} }`).join(' ');
    const refused = await post(api, { query: `{ __schema { ${copies} } }` });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    // One copy is an ordinary introspection and is answered.
    const one = await post(api, { query: `{ __schema { types { ${fields} } } }` });
    expect(one.body.errors).toBeUndefined();
  });

  it('refuses one field repeated hundreds of times before validation compares the copies pairwise', async () => {
    const field = 'organisation(id: "stuk") { name } ';
    const repeated = await post(api, { query: `{ ${field.repeat(500)} }` });
    expect(repeated.status).toBe(400);
    expect(repeated.body.errors?.[0]?.extensions?.code).toBe('SELECTION_TOO_WIDE');
    expect(repeated.body.errors?.[0]?.message).toBe(
      'A selection set of the query merges more than 100 fields of one name (its own, inline ones and those its fragments bring in); at most 100 are allowed.',
    );
    // The same flood split over fragments and inline fragments merges into one selection set too.
    const split = await post(api, {
      query: `{ ...A ...B ... on Query { ${field.repeat(40)} } }
        fragment A on Query { ${field.repeat(40)} } fragment B on Query { ...A ${field.repeat(40)} }`,
    });
    expect(split.status).toBe(400);
    expect(split.body.errors?.[0]?.extensions?.code).toBe('SELECTION_TOO_WIDE');
    // A wide but ordinary selection is answered.
    const ordinary = await post(api, { query: `{ ${field.repeat(20)} }` });
    expect(ordinary.body.errors).toBeUndefined();
    expect(ordinary.body.data?.organisation).toEqual({ name: expect.any(String) });
  });
});

describe('schema details with introspection off', () => {
  let graph: GraphClient;
  let open: TestService;
  let closed: TestService;

  beforeAll(async () => {
    graph = openTestGraph();
    open = await startTestService(graph, { introspection: true });
    closed = await startTestService(graph, { introspection: false });
  });

  afterAll(async () => {
    await open?.stop();
    await closed?.stop();
    await graph?.driver.close();
  });

  it('leaves "Did you mean …" out of validation errors', async () => {
    const query = '{ organisatio(id: "msb") { name } }';
    const shown = await post(open, { query });
    expect(shown.body.errors?.[0]?.message).toMatch(/Did you mean "organisation/);

    const hidden = await post(closed, { query });
    expect(hidden.status).toBe(400);
    expect(hidden.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(hidden.body.errors?.[0]?.message).toBe(
      'Cannot query field "organisatio" on type "Query".',
    );
  });

  it('leaves them out of variable errors too', async () => {
    const query = 'query ($by: AggregateDimension!) { aggregate(by: $by) { key } }';
    const hidden = await post(closed, { query, variables: { by: 'COUNTRIE' } });
    expect(hidden.status).toBe(400);
    expect(hidden.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(hidden.body)).not.toMatch(/Did you mean|COUNTRY/);
  });
});

describe('x-debug-stats in production', () => {
  let graph: GraphClient;
  let api: TestService;

  beforeAll(async () => {
    graph = openTestGraph();
    // What `npm start` passes with NODE_ENV=production.
    api = await startTestService(graph, {
      introspection: false,
      debugStats: debugStatsAudience('production'),
    });
  });

  afterAll(async () => {
    await api?.stop();
    await graph?.driver.close();
  });

  it('gives anonymous callers the answer without statistics, editors the statistics', async () => {
    expect(debugStatsAudience('development')).toBe('everyone');
    const query = { query: '{ totals { projectCount } }' };
    const anonymous = await post(api, query, { 'x-debug-stats': '1' });
    expect(anonymous.body.data).toEqual({ totals: { projectCount: 19 } });
    expect(anonymous.body.extensions?.stats).toBeUndefined();

    const editor = await post(api, query, {
      'x-debug-stats': '1',
      authorization: `Bearer ${await editorToken()}`,
    });
    expect(editor.body.extensions?.stats).toMatchObject({ roundTrips: 1 });
  });
});
