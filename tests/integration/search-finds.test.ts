import { describe, expect, it } from 'vitest';
import { useSeededService } from '../helpers/seeded-service.js';

interface Hit {
  id: string;
  type: string;
  name: string;
  score: number;
}

interface Answer<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** The root field that looks up each type of search hit, and its argument. */
const LOOKUPS: Record<string, [field: string, argument: string, type: string]> = {
  ORGANISATION: ['organisation', 'id', 'ID'],
  PROJECT: ['project', 'id', 'ID'],
  FUNDING_SOURCE: ['fundingSource', 'id', 'ID'],
  COUNTRY: ['country', 'code', 'String'],
  REGION: ['region', 'id', 'ID'],
  PROGRAMME: ['programme', 'id', 'ID'],
  POLICY_AREA: ['policyArea', 'id', 'ID'],
  PERSON: ['person', 'id', 'ID'],
  TOPIC: ['topic', 'id', 'ID'],
  EVENT: ['event', 'id', 'ID'],
  DOCUMENT: ['document', 'id', 'ID'],
};

describe('search finds things and every hit leads somewhere', () => {
  const seeded = useSeededService();

  const ask = async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(`${seeded.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as Answer<T>;
  };

  const search = async (text: string, first = 10): Promise<Hit[]> => {
    const answer = await ask<{ search: Hit[] }>(
      'query ($text: String!, $first: Int!) { search(text: $text, first: $first) { id type name score } }',
      { text, first },
    );
    expect(answer.errors).toBeUndefined();
    return answer.data?.search ?? [];
  };

  it('tolerates a typo: "Hamburgg" finds Hamburg', async () => {
    const [best] = await search('Hamburgg');
    expect(best?.name).toMatch(/Hamburg/);
  });

  it('prefers entities matching every word: "lithuania fire"', async () => {
    const [best] = await search('lithuania fire');
    expect(best?.name).toMatch(/Lithuania/);
    expect(best?.name).toMatch(/Fire/);
  });

  it('finds an organisation by its city', async () => {
    const hits = await search('Stockholm');
    expect(hits.map((hit) => hit.id)).toContain('cbss-secretariat');
  });

  it('finds an exercise by its place', async () => {
    // BALEX DELTA 2018 is one node (a project with its place), not also an event.
    const hits = await search('Karlskrona');
    expect(hits.map((hit) => hit.id)).toContain('balex-delta-2018');
  });

  it('a long text of typo-prone words stays within the query bounds', async () => {
    const text = Array.from(
      { length: 32 },
      (_, i) => `resilienc${String.fromCharCode(97 + (i % 26))}`,
    ).join(' ');
    const hits = await search(text.slice(0, 200));
    expect(Array.isArray(hits)).toBe(true);
  });

  it('every type of hit has a root lookup that returns it', async () => {
    const texts = [
      'fire',
      'baltic',
      'exercise',
      'report',
      'risk',
      'latvia',
      'chemical',
      'sea',
      'civil',
    ];
    const hits = (await Promise.all(texts.map((text) => search(text, 100)))).flat();
    const byType = new Map<string, Hit>();
    for (const hit of hits) if (!byType.has(hit.type)) byType.set(hit.type, hit);
    for (const type of ['ORGANISATION', 'PROJECT', 'EVENT', 'DOCUMENT', 'TOPIC', 'PROGRAMME']) {
      expect(byType.has(type), `a ${type} hit`).toBe(true);
    }
    for (const [type, hit] of byType) {
      const lookup = LOOKUPS[type];
      expect(lookup, type).toBeDefined();
      if (!lookup) continue;
      const [field, argument, argumentType] = lookup;
      const answer = await ask<Record<string, { __typename: string } | null>>(
        `query ($key: ${argumentType}!) { found: ${field}(${argument}: $key) { __typename } }`,
        { key: hit.id },
      );
      expect(answer.errors, `${type} ${hit.id}`).toBeUndefined();
      expect(answer.data?.found, `${type} ${hit.id}`).not.toBeNull();
    }
  });

  it('lists topics, regions, programmes, events and documents, filtered by name', async () => {
    const answer = await ask<
      Record<string, { totalCount: number; nodes: Array<{ id: string }> }>
    >(`{
      topics(first: 5) { totalCount nodes { id name } }
      regions(first: 5) { totalCount nodes { id name } }
      programmes(first: 5) { totalCount nodes { id name } }
      events(first: 5) { totalCount nodes { id name } }
      documents(first: 5) { totalCount nodes { id title } }
      kickOff: events(filter: { nameContains: "leadership" }) { totalCount nodes { id name } }
      none: events(filter: { nameContains: "balex" }) { totalCount nodes { id name } } }`);
    expect(answer.errors).toBeUndefined();
    for (const list of ['topics', 'regions', 'programmes', 'events', 'documents']) {
      expect(answer.data?.[list]?.totalCount, list).toBeGreaterThan(0);
      expect(answer.data?.[list]?.nodes.length, list).toBeGreaterThan(0);
    }
    expect(answer.data?.kickOff?.nodes.map((node) => node.id)).toEqual(['blp-2017-kick-off']);
    expect(answer.data?.none?.totalCount).toBe(0);
  });
});
