import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../src/graph/graph-client.js';
import { openTestGraph, resetAndSeed } from '../helpers/test-graph.js';
import { startTestService, type TestService } from '../helpers/test-service.js';

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

async function post(
  api: TestService,
  body: unknown,
): Promise<{ status: number; body: GraphQLBody }> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as GraphQLBody };
}

// The limits keep what they concluded about a document; a kept verdict must
// never let through what a fresh measurement would refuse.
describe('query limits kept per document', () => {
  let graph: GraphClient;
  let api: TestService;

  beforeAll(async () => {
    graph = openTestGraph();
    await resetAndSeed(graph);
    api = await startTestService(graph);
  }, 300_000);

  afterAll(async () => {
    await api?.stop();
    await graph?.driver.close();
  });

  // One document whose cost depends on its variables alone.
  const PAGED = `query Paged($first: Int!, $inner: Int!) {
    organisations(first: $first) { nodes { participations(first: $inner) { nodes {
      organisation { participations(first: $inner) { nodes { project { name } } } } } } } }
  }`;

  it('accepts a document, then refuses the same text with costlier variables, every time', async () => {
    const cheap = await post(api, { query: PAGED, variables: { first: 1, inner: 1 } });
    expect(cheap.status).toBe(200);
    expect(cheap.body.errors).toBeUndefined();
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const costly = await post(api, { query: PAGED, variables: { first: 100, inner: 100 } });
      expect(costly.status).toBe(400);
      expect(costly.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    }
    // And the cheap request is still answered after the refusals.
    const again = await post(api, { query: PAGED, variables: { first: 1, inner: 1 } });
    expect(again.body.errors).toBeUndefined();
  });

  it('refuses bad variables of an accepted document as BAD_USER_INPUT', async () => {
    expect((await post(api, { query: PAGED, variables: { first: 2, inner: 2 } })).status).toBe(200);
    const wrong = await post(api, { query: PAGED, variables: { first: 'two', inner: 2 } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a repeated field flood on every request, from 20 clients at once', async () => {
    const flood = `{ ${Array.from({ length: 600 }, () => '__typename').join(' ')} }`;
    const answers = await Promise.all(
      Array.from({ length: 24 }, () => post(api, { query: flood })),
    );
    for (const answer of answers) {
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('SELECTION_TOO_WIDE');
    }
  });

  it('tells apart operations of one document by name', async () => {
    const document = `query Small { organisations(first: 1) { totalCount } }
      query Large($n: Int!) { organisations(first: $n) { nodes { participations(first: $n) {
        nodes { organisation { participations(first: $n) { nodes { project { name } } } } } } } } }`;
    const small = await post(api, {
      query: document,
      operationName: 'Small',
      variables: { n: 100 },
    });
    expect(small.body.errors).toBeUndefined();
    const large = await post(api, {
      query: document,
      operationName: 'Large',
      variables: { n: 100 },
    });
    expect(large.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
  });
});
