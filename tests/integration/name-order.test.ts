import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorToken } from '../helpers/test-tokens.js';
import { useSeededService } from '../helpers/seeded-service.js';
import { resetAndSeed } from '../helpers/test-graph.js';

interface Row {
  id: string;
  name: string;
}

// The unfiltered organisation list sorted by name is read in the order of the
// lower-case sort-name index; that order must be the API's (case-insensitive
// name, then id) and must follow edits.
describe('organisations in name order', () => {
  let token: string;

  const post = async (query: string, auth = false) => {
    const response = await fetch(`${seeded.api.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(auth ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    return body.data;
  };

  const page = async (direction: 'ASC' | 'DESC', first: number, after?: string) => {
    const data = (await post(
      `{ organisations(first: ${first}${after ? `, after: "${after}"` : ''},
           orderBy: { field: NAME, direction: ${direction} }) {
           nodes { id name } pageInfo { endCursor hasNextPage } } }`,
    )) as {
      organisations: {
        nodes: Row[];
        pageInfo: { endCursor: string | null; hasNextPage: boolean };
      };
    };
    return data.organisations;
  };

  const all = async (direction: 'ASC' | 'DESC') => {
    const rows: Row[] = [];
    let after: string | undefined;
    for (;;) {
      const next = await page(direction, 5, after);
      rows.push(...next.nodes);
      if (!next.pageInfo.hasNextPage) return rows;
      after = next.pageInfo.endCursor ?? undefined;
    }
  };

  const compareKeys = (a: Row, b: Row) => {
    const [x, y] = [a.name.toLowerCase(), b.name.toLowerCase()];
    return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };

  const seeded = useSeededService();

  beforeAll(async () => {
    token = await editorToken();
  });

  afterAll(async () => {
    await resetAndSeed(seeded.graph);
  });

  it('pages through every organisation by lower-case name, then id, both ways', async () => {
    const { organisations } = (await post('{ organisations { totalCount } }')) as {
      organisations: { totalCount: number };
    };
    const count = organisations.totalCount;
    expect(count).toBeGreaterThan(20);
    const ascending = await all('ASC');
    expect(ascending).toHaveLength(count);
    expect(ascending).toEqual([...ascending].sort(compareKeys));
    const descending = await all('DESC');
    expect(descending.map((row) => row.id)).toEqual(
      [...ascending]
        .sort((a, b) => {
          const byName = compareKeys({ ...b, id: '' }, { ...a, id: '' });
          return byName !== 0 ? byName : compareKeys({ ...a, name: '' }, { ...b, name: '' });
        })
        .map((row) => row.id),
    );
  });

  it('places a new organisation and a renamed one where their names belong', async () => {
    await post(
      'mutation { createOrganisation(input: { id: "aaa-order-agency", name: "aaa Order Agency", kind: OTHER }) { id } }',
      true,
    );
    expect((await page('ASC', 1)).nodes[0]?.id).toBe('aaa-order-agency');
    await post(
      'mutation { updateOrganisation(input: { id: "aaa-order-agency", name: "ZZZ Order Agency" }) { id } }',
      true,
    );
    expect((await page('ASC', 1)).nodes[0]?.id).not.toBe('aaa-order-agency');
    expect((await page('DESC', 1)).nodes[0]?.id).toBe('aaa-order-agency');
  });
});
