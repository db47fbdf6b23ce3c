import { describe, expect, it } from 'vitest';
import { useSeededService } from '../helpers/seeded-service.js';
import { startTestService } from '../helpers/test-service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const JSON_HEADERS = { 'content-type': 'application/json' };

interface ErrorAnswer {
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
  data?: unknown;
  extensions?: { requestId?: string };
}

/** The headers every JSON answer must carry, and its request id in both places. */
async function expectHygienicJson(response: Response): Promise<ErrorAnswer> {
  expect(response.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('cache-control')).toBe('no-store');
  const requestId = response.headers.get('x-request-id');
  expect(requestId).toMatch(UUID);
  const body = (await response.json()) as ErrorAnswer;
  expect(body.extensions?.requestId).toBe(requestId);
  return body;
}

// Headers and request ids on every answer of the API: browsers may not sniff
// or cache it, every error can be matched to the log, and what a client sends
// as its request id is echoed only when it is short and plain.
describe('HTTP hygiene', () => {
  const seeded = useSeededService({ service: () => ({ bodyLimit: '2kb' }) });

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${seeded.api.url}/graphql`, {
      method: 'POST',
      headers: { ...JSON_HEADERS, ...headers },
      body,
    });

  it('a GraphQL answer: nosniff, no-store, the request id in the header and the body', async () => {
    const body = await expectHygienicJson(await post('{"query":"{ totals { projectCount } }"}'));
    expect(body.errors).toBeUndefined();
    expect(body.data).toBeDefined();
  });

  it.each<[string, () => Promise<Response>, number, string]>([
    ['malformed JSON', () => post('{"query": '), 400, 'BAD_REQUEST'],
    [
      'a body over the limit',
      () => post(JSON.stringify({ query: `{ totals { projectCount } }${' '.repeat(3_000)}` })),
      413,
      'PAYLOAD_TOO_LARGE',
    ],
    [
      'a malformed Authorization header',
      () => post('{"query":"{ totals { projectCount } }"}', { authorization: 'Basic abc' }),
      401,
      'UNAUTHENTICATED',
    ],
    [
      'an invalid token',
      () => post('{"query":"{ totals { projectCount } }"}', { authorization: 'Bearer a.b.c' }),
      401,
      'UNAUTHENTICATED',
    ],
    [
      'a simple GET that CSRF prevention refuses',
      () =>
        fetch(
          `${seeded.api.url}/graphql?query=${encodeURIComponent('{ totals { projectCount } }')}`,
        ),
      400,
      'BAD_REQUEST',
    ],
    ['an unknown path', () => fetch(`${seeded.api.url}/no-such-path`), 404, 'NOT_FOUND'],
  ])('%s: answered with its code and the request id', async (_name, send, status, code) => {
    const response = await send();
    expect(response.status).toBe(status);
    const body = await expectHygienicJson(response);
    expect(body.errors?.[0]?.extensions?.code).toBe(code);
  });

  it('a busy service (503): the request id on the refusal too', async () => {
    const busy = await startTestService(seeded.graph, { admission: { concurrent: 1, queued: 0 } });
    try {
      let refusals: Response[] = [];
      // Bounded: a few rounds of 20 parallel queries; one slot means most are refused.
      for (let round = 0; round < 5 && refusals.length === 0; round += 1) {
        const answers = await Promise.all(
          Array.from({ length: 20 }, () =>
            fetch(`${busy.url}/graphql`, {
              method: 'POST',
              headers: JSON_HEADERS,
              body: '{"query":"{ organisations(first: 50) { nodes { id name } } }"}',
            }),
          ),
        );
        refusals = answers.filter((answer) => answer.status === 503);
        await Promise.all(
          answers.filter((answer) => answer.status !== 503).map((answer) => answer.text()),
        );
      }
      expect(refusals.length).toBeGreaterThan(0);
      for (const refusal of refusals) {
        const body = await expectHygienicJson(refusal);
        expect(body.errors?.[0]?.extensions?.code).toBe('SERVICE_BUSY');
      }
    } finally {
      await busy.stop();
    }
  });

  describe('an incoming x-request-id', () => {
    const query = '{"query":"{ totals { projectCount } }"}';

    it('is kept when plain and short, in the header and the body', async () => {
      const response = await post(query, { 'x-request-id': 'client-7.trace:42_a' });
      expect(response.headers.get('x-request-id')).toBe('client-7.trace:42_a');
      const body = (await response.json()) as ErrorAnswer;
      expect(body.extensions?.requestId).toBe('client-7.trace:42_a');
    });

    it.each([
      ['8,000 characters', 'a'.repeat(8_000)],
      ['129 characters', 'b'.repeat(129)],
      ['markup', '<script>alert(1)</script>'],
      ['spaces and quotes', 'id with "quotes"'],
    ])('is replaced by a fresh UUID when it has %s', async (_name, sent) => {
      const response = await post(query, { 'x-request-id': sent });
      const body = await expectHygienicJson(response);
      expect(body.extensions?.requestId).not.toBe(sent);
    });

    it('reaches each of 48 parallel clients with its own id, answered, refused or invalid', async () => {
      const kinds: Array<{ body: string; headers: Record<string, string>; status: number }> = [
        { body: query, headers: {}, status: 200 },
        { body: query, headers: { authorization: 'Basic abc' }, status: 401 },
        { body: '{"query":"{ noSuchField }"}', headers: {}, status: 400 },
      ];
      const answers = await Promise.all(
        Array.from({ length: 48 }, async (_, index) => {
          const kind = kinds[index % kinds.length]!;
          const sent = `parallel-client-${index}`;
          const response = await post(kind.body, { ...kind.headers, 'x-request-id': sent });
          const body = (await response.json()) as ErrorAnswer;
          return { sent, kind, response, body };
        }),
      );
      for (const { sent, kind, response, body } of answers) {
        expect(response.status, sent).toBe(kind.status);
        expect(response.headers.get('x-request-id')).toBe(sent);
        expect(body.extensions?.requestId, sent).toBe(sent);
      }
    });

    it('is replaced on error answers and exports too', async () => {
      const sent = 'x'.repeat(8_000);
      const badJson = await post('{', { 'x-request-id': sent });
      expect(badJson.status).toBe(400);
      expect(badJson.headers.get('x-request-id')).toMatch(UUID);
      const exported = await fetch(
        `${seeded.api.url}/exports/projects/no-such-project/partners.csv`,
        {
          headers: { 'x-request-id': sent },
        },
      );
      expect(exported.status).toBe(404);
      expect(exported.headers.get('x-request-id')).toMatch(UUID);
      const body = (await exported.json()) as { requestId: string };
      expect(body.requestId).toBe(exported.headers.get('x-request-id'));
    });
  });

  describe('persisted queries (not used by the front ends)', () => {
    it.each([
      ['with a hash that does not match the query', { query: '{ totals { projectCount } }' }],
      ['with only a hash', {}],
    ])('a request %s is a client error, not an internal one', async (_name, document) => {
      const response = await post(
        JSON.stringify({
          ...document,
          extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } },
        }),
      );
      expect(response.status).toBeLessThan(500);
      const body = (await response.json()) as ErrorAnswer;
      expect(body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
      expect(body.data).toBeUndefined();
    });
  });
});
