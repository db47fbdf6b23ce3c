import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../src/graph/graph-client.js';
import { documentHash } from '../../src/trusted-documents/manifest.js';
import type { TrustedDocumentsSettings } from '../../src/trusted-documents/trusted-documents.js';
import {
  COUNTRIES_QUERY,
  ORGANISATION_QUERY,
  SEARCH_QUERY,
} from '../../web/explorer/api/explorer-queries.js';
import { ANALYST_QUERIES } from '../../web/playground/analyst-queries.js';
import { openTestGraph, resetAndSeed } from '../helpers/test-graph.js';
import { startTestService, type TestService } from '../helpers/test-service.js';
import { editorToken } from '../helpers/test-tokens.js';

interface Answer {
  status: number;
  cacheControl: string | null;
  body: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; extensions: { code: string } }>;
  };
}

const byHash = (hash: unknown) => ({ persistedQuery: { version: 1, sha256Hash: hash } });
const FREE = '{ organisation(id: "hamburg-fire-rescue-service") { name } }';

async function answerOf(response: Response): Promise<Answer> {
  return {
    status: response.status,
    cacheControl: response.headers.get('cache-control'),
    body: JSON.parse((await response.text()) || '{}') as Answer['body'],
  };
}

async function post(service: TestService, body: unknown, headers: Record<string, string> = {}) {
  return answerOf(
    await fetch(`${service.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    }),
  );
}

async function get(
  service: TestService,
  params: Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  const search = new URLSearchParams(
    Object.entries(params).map(([key, value]): [string, string] => [
      key,
      typeof value === 'string' ? value : JSON.stringify(value),
    ]),
  );
  return answerOf(
    await fetch(`${service.url}/graphql?${search.toString()}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true', ...headers },
    }),
  );
}

let graph: GraphClient;
const services: Record<string, TestService> = {};
const start = async (name: string, trustedDocuments: TrustedDocumentsSettings) => {
  services[name] = await startTestService(graph, { trustedDocuments });
};

beforeAll(async () => {
  graph = openTestGraph();
  await resetAndSeed(graph);
  await start('only', { mode: 'only', playgroundFree: false });
  await start('onlyWithPlayground', { mode: 'only', playgroundFree: true });
  await start('also', { mode: 'also', playgroundFree: false });
});
afterAll(async () => {
  for (const service of Object.values(services)) await service.stop();
  await graph?.driver.close();
});

describe('TRUSTED_DOCUMENTS=only', () => {
  it('runs a trusted document named by its hash for an anonymous caller, as its full text would', async () => {
    const variables = { id: 'hamburg-fire-rescue-service' };
    const hashed = await post(services.only!, {
      variables,
      extensions: byHash(documentHash(ORGANISATION_QUERY)),
    });
    expect(hashed.status).toBe(200);
    expect(hashed.body.errors).toBeUndefined();
    const editor = await editorToken();
    const full = await post(
      services.only!,
      { query: ORGANISATION_QUERY, variables },
      { authorization: `Bearer ${editor}` },
    );
    expect(hashed.body.data).toEqual(full.body.data);
    expect(JSON.stringify(hashed.body.data)).toContain('Hamburg Fire and Rescue Service');
  });

  it('refuses a free document from an anonymous caller with FREE_DOCUMENT_REFUSED', async () => {
    const refused = await post(services.only!, { query: FREE });
    expect(refused.status).toBe(403);
    expect(refused.body.data).toBeUndefined();
    expect(refused.body.errors?.[0]?.extensions.code).toBe('FREE_DOCUMENT_REFUSED');
    expect(refused.body.errors?.[0]?.message).toMatch(/^query: .*trusted documents/);
  });

  it('lets editors send free documents, and anyone a trusted document in full', async () => {
    const editor = await editorToken();
    const asEditor = await post(
      services.only!,
      { query: FREE },
      { authorization: `Bearer ${editor}` },
    );
    expect(asEditor.body).toEqual({
      data: { organisation: { name: 'Hamburg Fire and Rescue Service' } },
      extensions: expect.anything(),
    });
    const example = ANALYST_QUERIES[0]!;
    const inFull = await post(services.only!, { query: example.query });
    expect(inFull.status).toBe(200);
    expect(inFull.body.errors).toBeUndefined();
  });

  it('lets the playground send free documents only when configured', async () => {
    const asPlayground = { 'apollographql-client-name': 'playground' };
    expect((await post(services.only!, { query: FREE }, asPlayground)).status).toBe(403);
    const allowed = await post(services.onlyWithPlayground!, { query: FREE }, asPlayground);
    expect(allowed.body.data).toEqual({
      organisation: { name: 'Hamburg Fire and Rescue Service' },
    });
  });

  it.each([
    ['an unknown hash', '0'.repeat(64)],
    ['a number', 12345],
    ['an object', { nested: { deeper: [1, 2, 3] } }],
    ['invisible characters', `\u200b${documentHash(SEARCH_QUERY)}\u200b`],
    ['a huge string', 'f'.repeat(200_000)],
    ['the hash in capitals', documentHash(SEARCH_QUERY).toUpperCase()],
  ])('answers %s with UNKNOWN_DOCUMENT_HASH, running nothing', async (_case, hash) => {
    const answer = await post(services.only!, {
      variables: { text: 'x' },
      extensions: byHash(hash),
    });
    expect(answer.status).toBe(400);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors?.[0]?.extensions.code).toBe('UNKNOWN_DOCUMENT_HASH');
    expect(answer.body.errors?.[0]?.message).toMatch(/^extensions\.persistedQuery\.sha256Hash: /);
    expect(answer.body.errors?.[0]?.message.length).toBeLessThan(400);
  });

  it('answers a GET by hash with the operation’s Cache-Control, and keeps other answers uncached', async () => {
    const countries = await get(services.only!, {
      variables: {},
      extensions: byHash(documentHash(COUNTRIES_QUERY)),
    });
    expect(countries.status).toBe(200);
    expect(countries.cacheControl).toBe('public, max-age=300');
    const search = await get(services.only!, {
      variables: { text: 'Hamburg' },
      extensions: byHash(documentHash(SEARCH_QUERY)),
    });
    expect(search.cacheControl).toBe('public, max-age=60');
    // By POST, with a token, or with errors: not for a shared cache.
    const posted = await post(services.only!, {
      variables: {},
      extensions: byHash(documentHash(COUNTRIES_QUERY)),
    });
    expect(posted.cacheControl).toBe('no-store');
    const editor = await editorToken();
    const withToken = await get(
      services.only!,
      { variables: {}, extensions: byHash(documentHash(COUNTRIES_QUERY)) },
      { authorization: `Bearer ${editor}` },
    );
    expect(withToken.status).toBe(200);
    expect(withToken.cacheControl).toBe('no-store');
    const failed = await get(services.only!, {
      variables: { text: 'x'.repeat(5_000) },
      extensions: byHash(documentHash(SEARCH_QUERY)),
    });
    expect(failed.body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(failed.cacheControl).not.toMatch(/public/);
  });

  it('never runs a mutation by GET, even for an editor', async () => {
    const editor = await editorToken();
    const mutation =
      'mutation { updateOrganisation(input: { id: "msb", city: "Nowhere-by-GET" }) { id city } }';
    const answer = await get(
      services.only!,
      { query: mutation },
      { authorization: `Bearer ${editor}` },
    );
    expect(answer.status).toBe(405);
    const after = await post(
      services.only!,
      { query: '{ organisation(id: "msb") { city } }' },
      { authorization: `Bearer ${editor}` },
    );
    expect(after.body.data).toHaveProperty('organisation');
    expect(JSON.stringify(after.body.data)).not.toContain('Nowhere-by-GET');
  });

  it('keeps 24 parallel clients’ operations apart', async () => {
    const documents = [COUNTRIES_QUERY, SEARCH_QUERY, ORGANISATION_QUERY];
    const variables = [{}, { text: 'Hamburg' }, { id: 'msb' }];
    const roots = ['list', 'search', 'organisation'];
    const answers = await Promise.all(
      Array.from({ length: 24 }, (_, index) =>
        (index % 2 ? get : post)(services.only!, {
          variables: variables[index % 3],
          extensions: byHash(documentHash(documents[index % 3]!)),
        }),
      ),
    );
    answers.forEach((answer, index) => {
      expect(answer.body.errors).toBeUndefined();
      expect(Object.keys(answer.body.data ?? {})[0]).toBe(roots[index % 3]);
    });
  });
});

describe('TRUSTED_DOCUMENTS=also', () => {
  it('runs free documents for anyone, and trusted ones by hash', async () => {
    expect((await post(services.also!, { query: FREE })).body.data).toEqual({
      organisation: { name: 'Hamburg Fire and Rescue Service' },
    });
    const hashed = await post(services.also!, {
      variables: { text: 'Hamburg' },
      extensions: byHash(documentHash(SEARCH_QUERY)),
    });
    expect(hashed.body.errors).toBeUndefined();
    const unknown = await post(services.also!, { extensions: byHash('a'.repeat(64)) });
    expect(unknown.body.errors?.[0]?.extensions.code).toBe('UNKNOWN_DOCUMENT_HASH');
  });
});
