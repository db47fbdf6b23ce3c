import { describe, expect, it } from 'vitest';
import { useSeededService } from '../helpers/seeded-service.js';

interface Answer<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

interface CitationView {
  basis: string;
  lines: string;
  fields: string[];
  note: string | null;
  passage: string | null;
}

// Facts of the pages that were held only in free-text summaries, now fields
// and edges that a query reaches, each with its citation.
describe('facts that were only in summaries', () => {
  const seeded = useSeededService();

  const ask = async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(`${seeded.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const answer = (await response.json()) as Answer<T>;
    expect(answer.errors).toBeUndefined();
    return answer.data as T;
  };

  it('gives PA Secure its two pillars and the threats it addresses, each link cited', async () => {
    const { policyArea } = await ask<{
      policyArea: { topics: Array<{ id: string; kind: string }> };
    }>('{ policyArea(id: "pa-secure") { topics { id kind } } }');
    expect(policyArea.topics.map((topic) => topic.id).sort()).toEqual([
      'civil-protection',
      'law-enforcement',
      'man-made-disasters',
      'natural-disasters',
      'organised-crime',
    ]);
    for (const topic of policyArea.topics) {
      const { provenance } = await ask<{ provenance: CitationView[] }>(
        `query ($topic: ID!) {
          provenance(fromId: "pa-secure", relation: ADDRESSES, toId: $topic, basis: STATED) {
            basis lines fields note passage
          }
        }`,
        { topic: topic.id },
      );
      expect(provenance, topic.id).toHaveLength(1);
      expect(provenance[0]).toMatchObject({ basis: 'STATED', lines: '3', fields: ['topics'] });
      expect(provenance[0]?.passage).toContain('two interconnected pillars');
    }
  });

  it('records where the TF-THB works as an inference, with its reasoning, and search finds it there', async () => {
    const { organisation } = await ask<{
      organisation: { city: string; sources: CitationView[] };
    }>(
      '{ organisation(id: "tf-thb") { city sources(basis: INFERRED) { basis lines fields note } } }',
    );
    expect(organisation.city).toBe('Stockholm');
    const cityCitation = organisation.sources.find((citation) => citation.fields.includes('city'));
    expect(cityCitation).toMatchObject({ basis: 'INFERRED', lines: '40' });
    expect(cityCitation?.note).toContain('CBSS Secretariat in Stockholm');

    const { search } = await ask<{ search: Array<{ id: string }> }>(
      '{ search(text: "Stockholm") { id } }',
    );
    expect(search.map((hit) => hit.id)).toEqual(
      expect.arrayContaining(['cbss-secretariat', 'tf-thb']),
    );
  });

  it('keeps stated-only queries free of the inference', async () => {
    const { organisation } = await ask<{ organisation: { sources: CitationView[] } }>(
      '{ organisation(id: "tf-thb") { sources(basis: STATED) { basis fields } } }',
    );
    expect(organisation.sources.length).toBeGreaterThan(0);
    expect(organisation.sources.every((citation) => citation.basis === 'STATED')).toBe(true);
    expect(organisation.sources.some((citation) => citation.fields.includes('city'))).toBe(false);
  });
});
