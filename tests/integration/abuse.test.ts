import { describe, expect, it } from 'vitest';
import { capturedLogger } from '../helpers/captured-logger.js';
import { graphChecksum } from '../helpers/test-graph.js';
import { editorToken } from '../helpers/test-tokens.js';
import { useSeededService } from '../helpers/seeded-service.js';

interface Attempt {
  name: string;
  send: (url: string, requestId: string) => Promise<Response>;
  status: number;
  code: string;
  message?: RegExp;
}

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

/** organisation → parent → parent … `levels` fields deep. */
function nested(levels: number): string {
  return `{ organisation(id: "latvia-sfrs-eu-international-affairs-division") ${'{ parent '.repeat(levels - 2)}{ name }${' }'.repeat(levels - 2)} }`;
}

/** Depth hidden in a chain of fragments, each adding one level. */
function fragmentChain(links: number): string {
  const fragments = Array.from(
    { length: links },
    (_, i) =>
      `fragment F${i} on Organisation { parent { ${i + 1 < links ? `...F${i + 1}` : 'name'} } }`,
  );
  return `{ organisation(id: "msb") { ...F0 } }\n${fragments.join('\n')}`;
}

const ATTEMPTS: Attempt[] = [
  {
    name: 'depth 50',
    send: (url, id) => fetch(url, json({ query: nested(50) }, { 'x-request-id': id })),
    status: 400,
    code: 'QUERY_TOO_DEEP',
    message: /nested 50 levels deep; at most 12/,
  },
  {
    name: 'a fragment-spread depth bypass',
    send: (url, id) => fetch(url, json({ query: fragmentChain(20) }, { 'x-request-id': id })),
    status: 400,
    code: 'QUERY_TOO_DEEP',
    message: /nested 22 levels deep/,
  },
  {
    name: '1,000 aliases',
    send: (url, id) =>
      fetch(
        url,
        json(
          { query: `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(' ')} }` },
          { 'x-request-id': id },
        ),
      ),
    status: 400,
    code: 'TOO_MANY_ALIASES',
    message: /1000 aliases; at most 30/,
  },
  {
    name: 'a costly query',
    send: (url, id) =>
      fetch(
        url,
        json(
          {
            query: `{ projects(first: 100) { nodes { participations(first: 100) { nodes { organisation {
              participations(first: 100) { nodes { project { name } } } } } } } } }`,
          },
          { 'x-request-id': id },
        ),
      ),
    status: 400,
    code: 'QUERY_TOO_COSTLY',
    message: /estimated cost is \d+; at most 50000/,
  },
  {
    name: '10,000 tokens',
    send: (url, id) =>
      fetch(
        url,
        json(
          { query: `{ organisation(id: "msb") { ${'name '.repeat(10_000)}} }` },
          { 'x-request-id': id },
        ),
      ),
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
    // graphql-js's own wording.
    message: /Document contains more th.. 5000 tokens/,
  },
  {
    name: 'a batched array',
    send: (url, id) =>
      fetch(
        url,
        json([{ query: '{ totals { projectCount } }' }, { query: '{ totals { projectCount } }' }], {
          'x-request-id': id,
        }),
      ),
    status: 400,
    code: 'BAD_REQUEST',
    message: /batching/i,
  },
  {
    name: 'a 2 MB body',
    send: (url, id) =>
      fetch(
        url,
        json(
          {
            query: '{ totals { projectCount } }',
            variables: { padding: 'x'.repeat(2 * 1024 * 1024) },
          },
          { 'x-request-id': id },
        ),
      ),
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
  },
  {
    name: 'a GET mutation',
    send: async (url, id) =>
      fetch(
        `${url}?query=${encodeURIComponent('mutation { unlinkFunding(projectId: "cascade", fundingSourceId: "dg-echo") }')}`,
        {
          headers: {
            'apollo-require-preflight': 'true',
            authorization: `Bearer ${await editorToken()}`,
            'x-request-id': id,
          },
        },
      ),
    status: 405,
    code: 'BAD_REQUEST',
    message: /GET requests only support query operations/,
  },
  {
    name: 'a text/plain POST',
    send: (url, id) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', 'x-request-id': id },
        body: JSON.stringify({ query: '{ totals { projectCount } }' }),
      }),
    status: 400,
    code: 'BAD_REQUEST',
    message: /Cross-Site Request Forgery/,
  },
  {
    name: 'malformed JSON',
    send: (url, id) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': id },
        body: '{"query": "{ totals',
      }),
    status: 400,
    code: 'BAD_REQUEST',
    message: /not valid JSON/,
  },
  {
    name: 'wrong variable types',
    send: (url, id) =>
      fetch(
        url,
        json(
          {
            query: 'query ($n: Int!) { projects(first: $n) { totalCount } }',
            variables: { n: 'ten' },
          },
          { 'x-request-id': id },
        ),
      ),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /\$n.*Int/,
  },
];

// Hostile or broken requests: each refused with its own code, before the database.
describe('abuse matrix', () => {
  const log = capturedLogger();

  const seeded = useSeededService({ service: () => ({ logger: log.logger }) });

  it.each(ATTEMPTS.map((attempt) => [attempt.name, attempt] as const))(
    '%s',
    async (_name, attempt) => {
      const before = await graphChecksum(seeded.graph);
      const requestId = `abuse-${attempt.name.replace(/\W+/g, '-')}`;
      const response = await attempt.send(`${seeded.api.url}/graphql`, requestId);
      const body = (await response.json()) as {
        errors?: Array<{ message: string; extensions?: { code?: string } }>;
      };
      expect(response.status).toBe(attempt.status);
      expect(body.errors?.[0]?.extensions?.code).toBe(attempt.code);
      if (attempt.message) expect(body.errors?.[0]?.message).toMatch(attempt.message);
      // Never a stack trace or database text in what the client sees.
      expect(JSON.stringify(body)).not.toMatch(/at .*\.(js|ts):\d+|Neo4j|Cypher/);
      // The database was not asked anything for this request …
      for (const line of log.lines.filter((entry) => entry.requestId === requestId)) {
        if ('roundTrips' in line) expect(line.roundTrips).toBe(0);
      }
      // … and nothing changed.
      expect(await graphChecksum(seeded.graph)).toBe(before);
    },
  );

  it('still serves a normal query afterwards', async () => {
    const response = await fetch(
      `${seeded.api.url}/graphql`,
      json({ query: '{ totals { projectCount } }' }),
    );
    expect(await response.json()).toMatchObject({ data: { totals: { projectCount: 19 } } });
  });
});
