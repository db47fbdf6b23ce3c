import { describe, expect, it } from 'vitest';
import { BOOKMARK_RULES } from '../../src/causal/bookmark-rules.js';
import { useSeededService } from '../helpers/seeded-service.js';
import { editorToken } from '../helpers/test-tokens.js';

/**
 * Causal consistency in one service: a write hands back its Neo4j bookmarks
 * (header and extension), a request may send them back, and what a client
 * sends is checked strictly: a malformed bookmark is BAD_USER_INPUT and
 * changes nothing.
 */
interface Answer {
  status: number;
  header: string | null;
  body: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
    extensions?: { bookmarks?: string[] };
  };
}

const CREATE = `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`;
const READ = `query ($id: ID!) { organisation(id: $id) { id name } }`;
const COUNT = `query { organisations(first: 1) { totalCount } }`;

describe('bookmarks of writes and reads', () => {
  const seeded = useSeededService();

  async function post(
    query: string,
    variables: Record<string, unknown>,
    options: { token?: string; header?: string; extensions?: unknown } = {},
  ): Promise<Answer> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.header !== undefined) headers['x-neo4j-bookmark'] = options.header;
    const response = await fetch(`${seeded.api.url}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        query,
        variables,
        ...(options.extensions === undefined ? {} : { extensions: options.extensions }),
      }),
    });
    return {
      status: response.status,
      header: response.headers.get('x-neo4j-bookmark'),
      body: (await response.json()) as Answer['body'],
    };
  }

  async function organisationCount(): Promise<number> {
    const rows = await seeded.graph.read<{ count: number }>(
      'testing/organisations-with-id-prefix',
      {
        prefix: '',
      },
    );
    return rows[0]?.count ?? -1;
  }

  it('answers a write with its bookmarks in the header and extensions.bookmarks', async () => {
    const token = await editorToken();
    const answer = await post(
      CREATE,
      { input: { id: 'bookmark-agency', name: 'Bookmark Agency', kind: 'OTHER' } },
      { token },
    );
    expect(answer.body.errors).toBeUndefined();
    const bookmarks = answer.body.extensions?.bookmarks ?? [];
    expect(bookmarks.length).toBeGreaterThan(0);
    for (const bookmark of bookmarks) {
      expect(bookmark).toMatch(BOOKMARK_RULES.pattern);
      expect(bookmark.length).toBeLessThanOrEqual(BOOKMARK_RULES.maxLength);
    }
    expect(answer.header).toBe(bookmarks.join(','));

    // Sent back in either place, the write is read.
    const viaHeader = await post(READ, { id: 'bookmark-agency' }, { header: answer.header ?? '' });
    expect(viaHeader.status).toBe(200);
    expect(viaHeader.body.data?.organisation).toEqual({
      id: 'bookmark-agency',
      name: 'Bookmark Agency',
    });
    const viaExtension = await post(READ, { id: 'bookmark-agency' }, { extensions: { bookmarks } });
    expect(viaExtension.body.data?.organisation).toEqual({
      id: 'bookmark-agency',
      name: 'Bookmark Agency',
    });
  });

  it('answers a read without bookmarks', async () => {
    const answer = await post(COUNT, {});
    expect(answer.body.errors).toBeUndefined();
    expect(answer.header).toBeNull();
    expect(answer.body.extensions?.bookmarks).toBeUndefined();
  });

  it('gives a failed write no bookmark', async () => {
    const token = await editorToken();
    const answer = await post(
      CREATE,
      { input: { id: 'bookmark-agency', name: 'Bookmark Agency Again', kind: 'OTHER' } },
      { token },
    );
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.header).toBeNull();
  });

  const HOSTILE: Array<{ name: string; header?: string; extensions?: unknown; says: RegExp }> = [
    {
      name: 'too many bookmarks',
      header: Array.from({ length: 17 }, (_, i) => `FB:a${i}`).join(','),
      says: /at most 16 bookmarks, got 17/,
    },
    {
      name: 'one too long',
      header: `FB:${'a'.repeat(300)}`,
      says: /bookmark 1 has 303 characters, at most 256/,
    },
    {
      name: 'a huge header',
      header: 'A'.repeat(12_000),
      says: /X-Neo4j-Bookmark header: at most \d+ characters, got 12000/,
    },
    { name: 'an empty one', header: 'FB:abc,,FB:def', says: /bookmark 2 is empty/ },
    { name: 'a no-break space', header: 'FB:ab\u00a0c', says: /bookmark 1 may hold only/ },
    {
      name: 'a zero-width space',
      extensions: { bookmarks: ['FB:ab\u200bc'] },
      says: /bookmark 1 may hold only/,
    },
    {
      name: 'a line break',
      extensions: { bookmarks: ['FB:ab\nc'] },
      says: /bookmark 1 may hold only/,
    },
    {
      name: 'a space inside',
      extensions: { bookmarks: ['FB:a b'] },
      says: /bookmark 1 may hold only/,
    },
    {
      name: 'a string, not an array',
      extensions: { bookmarks: 'FB:abc' },
      says: /array of strings/,
    },
    { name: 'numbers', extensions: { bookmarks: [1, 2] }, says: /array of strings/ },
    {
      name: 'nested arrays',
      extensions: { bookmarks: [['FB:abc']] },
      says: /array of strings/,
    },
    {
      name: 'a huge array',
      extensions: { bookmarks: Array.from({ length: 10_000 }, () => 'FB:abc') },
      says: /at most 16 bookmarks, got 10000/,
    },
  ];

  for (const hostile of HOSTILE) {
    it(`refuses ${hostile.name} with BAD_USER_INPUT and writes nothing`, async () => {
      const token = await editorToken();
      const before = await organisationCount();
      const answer = await post(
        CREATE,
        { input: { id: 'never-written', name: 'Never Written Agency', kind: 'OTHER' } },
        { token, header: hostile.header, extensions: hostile.extensions },
      );
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(answer.body.errors?.[0]?.message).toMatch(
        /^Bookmarks in (the X-Neo4j-Bookmark header|extensions\.bookmarks): /,
      );
      expect(answer.body.errors?.[0]?.message).toMatch(hostile.says);
      expect(answer.header).toBeNull();
      expect(await organisationCount()).toBe(before);
    });
  }

  it('refuses a well-formed bookmark this database never issued with BAD_USER_INPUT', async () => {
    const answer = await post(COUNT, {}, { header: 'FB:notabookmarkofthisdatabase' });
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.body.errors?.[0]?.message).toMatch(/bookmark/i);
  });

  it('lets 20 editors at once each read their own write with its bookmark', async () => {
    const token = await editorToken();
    const clients = Array.from({ length: 20 }, (_, i) => i);
    const results = await Promise.all(
      clients.map(async (i) => {
        const written = await post(
          CREATE,
          { input: { id: `causal-agency-${i}`, name: `Causal Agency ${i}`, kind: 'OTHER' } },
          { token },
        );
        const read = await post(
          READ,
          { id: `causal-agency-${i}` },
          { header: written.header ?? 'missing' },
        );
        return { written, read };
      }),
    );
    for (const [i, { written, read }] of results.entries()) {
      expect(written.body.errors).toBeUndefined();
      expect(written.header).not.toBeNull();
      expect(read.body.data?.organisation).toEqual({
        id: `causal-agency-${i}`,
        name: `Causal Agency ${i}`,
      });
    }
    // In the database: each organisation once.
    const rows = await seeded.graph.read<{ count: number }>(
      'testing/organisations-with-id-prefix',
      {
        prefix: 'causal-agency-',
      },
    );
    expect(rows[0]?.count).toBe(20);
  });
});
