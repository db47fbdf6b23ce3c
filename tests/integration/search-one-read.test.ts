import { describe, expect, it } from 'vitest';
import { DatasetFile } from '../../src/import/dataset-file.js';
import { useSeededService } from '../helpers/seeded-service.js';

/** Organisations whose names outrank the one project for "quasar": more than five pages of hits. */
const CROWD = 620;

/**
 * 620 organisations named "Quasar Quasar …" and one project whose long title
 * holds "Quasar" once: for the text "quasar" every organisation scores above
 * the project.
 */
function crowdedDataset(): DatasetFile {
  const organisations: Array<Record<string, unknown>> = Array.from({ length: CROWD }, (_, i) => ({
    id: `quasar-org-${i}`,
    name: `Quasar Quasar Quasar ${i}`,
    kind: 'other',
    lines: '1',
  }));
  organisations.push({
    id: 'quasar-holder',
    name: 'Holder of an identifier',
    kind: 'other',
    lines: '1',
    identifiers: [{ scheme: 'PIC', value: '999888777' }],
  });
  const projects = [
    {
      id: 'quasar-long-project',
      name: 'A long programme of exercises, trainings and studies for the quasar observatory staff',
      kind: 'project',
      status: 'unknown',
      summary: 'Synthetic project ranked below every organisation of its dataset.',
      lines: '1',
    },
  ];
  const content = {
    source: { id: 'quasar-test-data', title: 'Quasar test data', kind: 'dataset' },
    organisations,
    projects,
  };
  return DatasetFile.parse(JSON.stringify(content), 'quasar-test-data.json');
}

interface Answer {
  data?: { search: Array<{ id: string; type: string; score: number }> } | null;
  errors?: Array<{ message: string }>;
  extensions?: { stats?: { roundTrips: number; statements: string[] } };
}

// Search is one statement: identifier holders and full-text hits come from one
// read, and a type filter is applied in the database, so a type whose hits rank
// below hundreds of others is still found and nothing is fetched to be dropped.
describe('search in one read', () => {
  const seeded = useSeededService({ datasets: () => [crowdedDataset()] });

  const search = async (args: string): Promise<Answer> => {
    const response = await fetch(`${seeded.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-debug-stats': '1' },
      body: JSON.stringify({ query: `{ search(${args}) { id type score } }` }),
    });
    return (await response.json()) as Answer;
  };

  it('finds a type whose hits rank below more than five pages of other hits', async () => {
    const answer = await search('text: "quasar", types: [PROJECT], first: 5');
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.search.map((hit) => hit.id)).toEqual(['quasar-long-project']);
    // Without the filter the organisations come first.
    const all = await search('text: "quasar", first: 100');
    expect(all.data?.search).toHaveLength(100);
    expect(all.data?.search.every((hit) => hit.type === 'ORGANISATION')).toBe(true);
  });

  it('reads once, also when the text could be an identifier', async () => {
    for (const text of ['quasar', '999999999', 'DE123456789', 'Hamburg']) {
      const answer = await search(`text: ${JSON.stringify(text)}, types: [ORGANISATION, PROJECT]`);
      expect(answer.errors, text).toBeUndefined();
      expect(answer.extensions?.stats?.statements, text).toEqual(['queries/search']);
    }
  });

  it('puts the holder of an identifier typed whole first, scored above every text hit', async () => {
    // "999888777 quasar" is not an identifier: only the whole text is looked up.
    const { data } = await search('text: "999888777"');
    expect(data?.search[0]?.id).toBe('quasar-holder');
    const { data: mixed } = await search('text: "quasar", types: [ORGANISATION], first: 3');
    expect(mixed?.search.map((hit) => hit.id)).not.toContain('quasar-holder');
  });

  it('keeps the first n hits in order of score, for many clients at once', async () => {
    const answers = await Promise.all(
      Array.from({ length: 24 }, () => search('text: "quasar", types: [ORGANISATION], first: 50')),
    );
    for (const answer of answers) {
      const hits = answer.data?.search ?? [];
      expect(hits).toHaveLength(50);
      expect(new Set(hits.map((hit) => hit.id)).size).toBe(50);
      for (let i = 1; i < hits.length; i += 1) {
        expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
      }
      expect(hits).toEqual(answers[0]?.data?.search);
    }
  });
});
