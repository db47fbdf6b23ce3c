import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { documentHash } from '../../src/trusted-documents/manifest.js';
import { SEARCH_QUERY } from '../../web/explorer/api/explorer-queries.js';
import { useSeededService } from '../helpers/seeded-service.js';
import { matrixTokens } from '../helpers/test-tokens.js';
import { graphChecksum } from '../helpers/test-graph.js';

/**
 * Hostile trusted-document hashes on /graphql and hostile X-Neo4j-Bookmark
 * and Authorization headers on the export routes, from 24 clients at once mixed with valid
 * requests: each hostile one is answered 4xx with its code and a message
 * naming what is wrong, each valid one as usual, nothing in the graph
 * changes, and the service stays healthy.
 */
const CLIENTS = 24;
const ROUNDS = 2;

interface Answer {
  status: number;
  body: string;
}

/** A raw request: header values are sent as the bytes given (latin1), as a hostile client may. */
function send(
  base: string,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${base}${path}`,
      { method: options.method ?? 'GET', headers: options.headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });
}

/** The code of a GraphQL-shaped error body, or of an export's `{error: {code}}`. */
function codeOf(answer: Answer): string | undefined {
  const body = JSON.parse(answer.body) as {
    errors?: Array<{ extensions?: { code?: string } }>;
    error?: { code?: string };
  };
  return body.errors?.[0]?.extensions?.code ?? body.error?.code;
}

function messageOf(answer: Answer): string {
  const body = JSON.parse(answer.body) as {
    errors?: Array<{ message?: string }>;
    error?: { message?: string };
  };
  return body.errors?.[0]?.message ?? body.error?.message ?? '';
}

/** The bytes of a UTF-8 string as a latin1 header value (how a client sends U+200B in a header). */
const rawUtf8 = (text: string) => Buffer.from(text, 'utf8').toString('latin1');

interface Case {
  name: string;
  send(base: string): Promise<Answer>;
  expect: { status: number; code?: string; message?: RegExp };
}

const SEARCH_HASH = documentHash(SEARCH_QUERY);
const VARIABLES = { text: 'Hamburg' };

function graphqlCase(name: string, body: unknown, expected: Case['expect']): Case {
  return {
    name,
    send: (base) =>
      send(base, '/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
    expect: expected,
  };
}

const byHash = (hash: unknown) => ({
  variables: VARIABLES,
  extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
});

const UNKNOWN_HASH = { status: 400, code: 'UNKNOWN_DOCUMENT_HASH', message: /sha256Hash/ };

const HASH_CASES: Case[] = [
  graphqlCase('a trusted hash', byHash(SEARCH_HASH), { status: 200 }),
  graphqlCase('one character short', byHash(SEARCH_HASH.slice(1)), UNKNOWN_HASH),
  graphqlCase('not hex', byHash('g'.repeat(64)), UNKNOWN_HASH),
  graphqlCase('upper-case hex', byHash(SEARCH_HASH.toUpperCase()), UNKNOWN_HASH),
  // Cyrillic а (U+0430) and full-width digits in place of their look-alikes.
  graphqlCase(
    'unicode look-alikes',
    byHash(SEARCH_HASH.replaceAll('a', '\u0430').replaceAll('1', '\uff11')),
    UNKNOWN_HASH,
  ),
  graphqlCase(
    'a zero-width space inside',
    byHash(`${SEARCH_HASH.slice(0, 32)}\u200b${SEARCH_HASH.slice(32)}`),
    UNKNOWN_HASH,
  ),
  graphqlCase('900 kB', byHash('a'.repeat(900_000)), UNKNOWN_HASH),
  graphqlCase('1 MB: over the body limit', byHash('a'.repeat(1_048_576)), {
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
  }),
  graphqlCase('an array instead of a string', byHash([SEARCH_HASH]), UNKNOWN_HASH),
  graphqlCase('an object instead of a string', byHash({ sha256Hash: SEARCH_HASH }), UNKNOWN_HASH),
  graphqlCase('a number', byHash(1e308), UNKNOWN_HASH),
  graphqlCase(
    'a hash and a different document',
    { ...byHash(SEARCH_HASH), query: '{ organisations(first: 1) { totalCount } }' },
    { status: 400, code: 'BAD_USER_INPUT', message: /sha256Hash: must be the sha256/ },
  ),
  graphqlCase(
    'a hash and its own document',
    { ...byHash(SEARCH_HASH), query: SEARCH_QUERY },
    {
      status: 200,
    },
  ),
  {
    name: 'a trusted hash by GET',
    send: (base) =>
      send(
        base,
        `/graphql?${new URLSearchParams({
          variables: JSON.stringify(VARIABLES),
          extensions: JSON.stringify(byHash(SEARCH_HASH).extensions),
        }).toString()}`,
        { headers: { 'apollo-require-preflight': 'true' } },
      ),
    expect: { status: 200 },
  },
  {
    name: 'a 4 kB hash by GET',
    send: (base) =>
      send(
        base,
        `/graphql?${new URLSearchParams({
          variables: JSON.stringify(VARIABLES),
          extensions: JSON.stringify(byHash('f'.repeat(4_000)).extensions),
        }).toString()}`,
        { headers: { 'apollo-require-preflight': 'true' } },
      ),
    expect: UNKNOWN_HASH,
  },
];

const EXPORTS = [
  '/exports/network.json?countryCodes=DE',
  '/exports/network-edges.csv?countryCodes=LV,EE',
  '/exports/projects/from-gaps-to-caps/partners.csv',
];

const BAD_BOOKMARK = { status: 400, code: 'BAD_USER_INPUT', message: /X-Neo4j-Bookmark/ };

const HOSTILE_BOOKMARKS: Array<[string, string, Case['expect']]> = [
  ['8 kB', `FB:${'A'.repeat(8_000)}`, BAD_BOOKMARK],
  ['100 bookmarks', Array.from({ length: 100 }, (_, i) => `FB:${i}`).join(','), BAD_BOOKMARK],
  ['a zero-width space', rawUtf8('FB:abc\u200bdef'), BAD_BOOKMARK],
  ['a soft hyphen', 'FB:abc\u00addef', BAD_BOOKMARK],
  ['an empty one between commas', 'FB:abc,,FB:def', BAD_BOOKMARK],
  ['a tab inside', 'FB:abc\tdef', BAD_BOOKMARK],
  ['quotes and angle brackets', 'FB:"<script>"', BAD_BOOKMARK],
  // Well-formed, but not one the database issued.
  [
    'one the database did not issue',
    'FB:kcwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    {
      status: 400,
      code: 'BAD_USER_INPUT',
    },
  ],
];

const EXPORT_CASES: Case[] = EXPORTS.flatMap((path) => [
  {
    name: `${path} without a bookmark`,
    send: (base: string) => send(base, path),
    expect: { status: 200 },
  },
  ...HOSTILE_BOOKMARKS.map(([name, value, expected]): Case => ({
    name: `${path} with ${name}`,
    send: (base) => send(base, path, { headers: { 'x-neo4j-bookmark': value } }),
    expect: expected,
  })),
]);

const BAD_TOKEN = { status: 401, code: 'UNAUTHENTICATED' };

/** Hostile Authorization headers on every export route: a 401 with its code, never a 500. */
async function exportTokenCases(): Promise<Case[]> {
  const signed = await matrixTokens();
  const hostile: Array<[string, string]> = [
    ['an expired token', `Bearer ${signed.expired!}`],
    ['a token for another audience', `Bearer ${signed['wrong audience']!}`],
    ['an unsigned (alg none) token', `Bearer ${signed['alg none']!}`],
    ['not a JWT', 'Bearer not-a-jwt'],
    ['three empty parts', 'Bearer ..'],
    ['an 8 kB token', `Bearer ${'A'.repeat(8_000)}`],
    [
      'a zero-width space in the token',
      rawUtf8(`Bearer ${signed.reader!.slice(0, 20)}\u200b${signed.reader!.slice(20)}`),
    ],
    ['another scheme', `Basic ${Buffer.from('editor:secret').toString('base64')}`],
    ['two tokens', `Bearer ${signed.reader!} ${signed.reader!}`],
  ];
  return EXPORTS.flatMap((path) => [
    {
      name: `${path} with a reader's token`,
      send: (base: string) =>
        send(base, path, { headers: { authorization: `Bearer ${signed.reader!}` } }),
      expect: { status: 200 },
    },
    ...hostile.map(([name, value]): Case => ({
      name: `${path} with ${name}`,
      send: (base) => send(base, path, { headers: { authorization: value } }),
      expect: BAD_TOKEN,
    })),
  ]);
}

describe('hostile hashes, bookmarks and tokens from 24 clients at once', () => {
  const seeded = useSeededService({
    service: () => ({ trustedDocuments: { mode: 'also', playgroundFree: false } }),
  });

  it('answers each as its case says, changes nothing and stays healthy', async () => {
    const before = await graphChecksum(seeded.graph);
    const cases = [...HASH_CASES, ...EXPORT_CASES, ...(await exportTokenCases())];
    const base = seeded.api.url;
    // Each client goes through every case, starting at a different one.
    const failures = (
      await Promise.all(
        Array.from({ length: CLIENTS }, async (_, client) => {
          const wrong: string[] = [];
          for (let round = 0; round < ROUNDS; round++) {
            for (let i = 0; i < cases.length; i++) {
              const next = cases[(client * 7 + round + i) % cases.length]!;
              const answer = await next.send(base);
              const problem = mismatch(next, answer);
              if (problem) wrong.push(`${next.name}: ${problem}`);
            }
          }
          return wrong;
        }),
      )
    ).flat();
    expect([...new Set(failures)]).toEqual([]);

    expect(await graphChecksum(seeded.graph)).toBe(before);
    expect((await send(base, '/health')).status).toBe(200);
    expect((await send(base, '/ready')).status).toBe(200);
    for (const valid of [HASH_CASES[0]!, EXPORT_CASES[0]!]) {
      expect(mismatch(valid, await valid.send(base))).toBeUndefined();
    }
  });
});

/** Why an answer is not what its case expects, or undefined when it is. */
function mismatch(which: Case, answer: Answer): string | undefined {
  if (answer.status !== which.expect.status) {
    return `status ${answer.status} (${answer.body.slice(0, 200)})`;
  }
  if (answer.status === 200) {
    if (answer.body.startsWith('{') && answer.body.includes('"errors"')) {
      return `errors in a 200: ${answer.body.slice(0, 200)}`;
    }
    return undefined;
  }
  let code: string | undefined;
  try {
    code = codeOf(answer);
  } catch {
    return `not JSON: ${answer.body.slice(0, 200)}`;
  }
  if (code !== which.expect.code) return `code ${code}`;
  if (which.expect.message && !which.expect.message.test(messageOf(answer))) {
    return `message ${messageOf(answer).slice(0, 200)}`;
  }
  return undefined;
}
