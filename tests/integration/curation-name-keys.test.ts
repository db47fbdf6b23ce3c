import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backfillNameKeys } from '../../src/curation/backfill-name-keys.js';
import type { GraphClient } from '../../src/graph/graph-client.js';
import { countsOf, openTestGraph, resetAndSeed } from '../helpers/test-graph.js';
import { startTestService, type TestService } from '../helpers/test-service.js';
import { editorToken } from '../helpers/test-tokens.js';

// A graph written before name keys existed: the start-up backfill gives its
// organisations and funders their keys, reports names two nodes share, and
// from then on the database refuses a second owner of those names.
describe('name keys of an older graph', () => {
  let graph: GraphClient;
  let api: TestService;
  let seeded: Record<string, number>;

  beforeAll(async () => {
    graph = openTestGraph();
    await resetAndSeed(graph);
    seeded = await countsOf(graph);
    await graph.write('testing/drop-name-keys');
    // A second record of MSB under its exact name, as an unguarded write once made it.
    await graph.write('testing/unkeyed-organisation', {
      id: 'msb-copy',
      name: 'Swedish Civil Contingencies Agency',
    });
    api = await startTestService(graph);
  });

  afterAll(async () => {
    await api?.stop();
    await graph?.driver.close();
  });

  it('links every name key once and reports the shared name', async () => {
    expect((await countsOf(graph)).NameKey).toBeUndefined();
    const result = await backfillNameKeys(graph);
    expect(result.nodes).toBe((seeded.Organisation ?? 0) + (seeded.FundingSource ?? 0) + 1);
    expect(result.clashes).toEqual([
      {
        label: 'Organisation',
        id: 'msb-copy',
        key: 'swedish civil contingencies agency',
        heldBy: 'msb',
      },
    ]);
    const counts = await countsOf(graph);
    expect(counts.NameKey).toBe(seeded.NameKey);
    expect(counts.HAS_NAME_KEY).toBe(seeded.HAS_NAME_KEY);
  });

  it('changes nothing when run again, and still reports the clash', async () => {
    const before = await countsOf(graph);
    const again = await backfillNameKeys(graph);
    expect(again.nodes).toBe(1);
    expect(again.clashes.map((clash) => clash.id)).toEqual(['msb-copy']);
    expect(await countsOf(graph)).toEqual(before);
  });

  it('refuses a new organisation under a backfilled name', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await editorToken()}`,
      },
      body: JSON.stringify({
        query:
          'mutation { createOrganisation(input: { id: "msb-third", name: "swedish civil contingencies agency", kind: OTHER }) { id } }',
      }),
    });
    const body = (await response.json()) as {
      errors?: Array<{ message: string; extensions: { code: string; conflictsWith?: string } }>;
    };
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      conflictsWith: 'msb',
    });
  });
});
