import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../src/graph/graph-client.js';
import { DEFAULT_LIMITS } from '../../src/limits/default-limits.js';
import { openTestGraph, resetAndSeed } from '../helpers/test-graph.js';
import { startTestService, type TestService } from '../helpers/test-service.js';
import { editorToken } from '../helpers/test-tokens.js';

interface Answer {
  status: number;
  requestId: string | null;
  contentType: string | null;
  code: string | undefined;
}

/** One GraphQL request by GET (query string) or POST (JSON body), as an API client sends it. */
async function ask(
  url: string,
  method: 'GET' | 'POST',
  query: string,
  accept = 'application/json',
): Promise<Answer> {
  const response =
    method === 'GET'
      ? await fetch(`${url}/graphql?query=${encodeURIComponent(query)}`, {
          headers: { accept, 'apollo-require-preflight': 'true' },
        })
      : await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { accept, 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        });
  const text = await response.text();
  let code: string | undefined;
  try {
    code = (JSON.parse(text) as { errors?: Array<{ extensions?: { code?: string } }> }).errors?.[0]
      ?.extensions?.code;
  } catch {
    code = undefined;
  }
  return {
    status: response.status,
    requestId: response.headers.get('x-request-id'),
    contentType: response.headers.get('content-type'),
    code,
  };
}

// A GraphQL request takes one list of steps whatever its method (src/server.ts):
// each step lets a GET query and a POST through, or refuses both, the same way.
describe('the steps of a GraphQL request, GET and POST alike', () => {
  const HELD = 'cascade';
  let graph: GraphClient;
  let service: TestService;

  beforeAll(async () => {
    graph = openTestGraph();
    await resetAndSeed(graph);
    // One slot and no line: a second request while one runs is turned away.
    service = await startTestService(graph, { admission: { concurrent: 1, queued: 0 } });
  });

  afterAll(async () => {
    await service?.stop();
    await graph?.driver.close();
  });

  it('answers both, each with its request id', async () => {
    for (const method of ['GET', 'POST'] as const) {
      const answer = await ask(service.url, method, '{ __typename }');
      expect(answer, method).toMatchObject({ status: 200, code: undefined });
      expect(answer.requestId, method).toBeTruthy();
    }
  });

  it('refuses a selection wider than the limit the same way', async () => {
    const wide = `{ ${'__typename '.repeat(DEFAULT_LIMITS.selectionWidth + 1)}}`;
    const answers = await Promise.all([
      ask(service.url, 'GET', wide),
      ask(service.url, 'POST', wide),
    ]);
    for (const answer of answers) {
      expect(answer).toMatchObject({ status: 400, code: 'SELECTION_TOO_WIDE' });
      expect(answer.requestId).toBeTruthy();
    }
  });

  it('turns both away while every slot is taken', async () => {
    // The test holds a project's lock, so an edit waits in the database and
    // keeps the one slot until the lock is let go.
    const session = graph.driver.session({ database: graph.database });
    const holder = await session.beginTransaction();
    let edit: Promise<Response> | undefined;
    try {
      await holder.run('MATCH (p:Project {id: $id}) SET p.heldByTest = true', { id: HELD });
      edit = fetch(`${service.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${await editorToken()}`,
        },
        body: JSON.stringify({
          query: `mutation HeldEdit { updateProject(input: { id: "${HELD}", acronym: "HELD" }) { id } }`,
        }),
      });
      // Until the edit holds the slot, a request may still get it: wait for the first refusal.
      let first = await ask(service.url, 'GET', '{ __typename }');
      while (first.status !== 503) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        first = await ask(service.url, 'GET', '{ __typename }');
      }
      const post = await ask(service.url, 'POST', '{ __typename }');
      for (const answer of [first, post]) {
        expect(answer).toMatchObject({ status: 503, code: 'SERVICE_BUSY' });
        expect(answer.requestId).toBeTruthy();
      }
    } finally {
      await holder.rollback();
      await session.close();
    }
    expect((await edit)?.status).toBe(200);
    // The slot is free again: both are answered.
    expect((await ask(service.url, 'GET', '{ __typename }')).status).toBe(200);
    expect((await ask(service.url, 'POST', '{ __typename }')).status).toBe(200);
  });

  it('gives a browser the playground for a GET only', async () => {
    const accept = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8';
    const response = await fetch(`${service.url}/graphql`, { headers: { accept } });
    // The page, or the 503 that says how to build it when the bundle is not built.
    const page = await response.text();
    if (response.status === 503) expect(page).toContain('The playground is not built');
    else expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('x-request-id')).toBeTruthy();
    // A POST from the same browser is a GraphQL request: Apollo answers it.
    const post = await ask(service.url, 'POST', '{ __typename }', accept);
    expect(post.status).toBe(200);
    expect(post.contentType).toMatch(/json/);
  });
});
