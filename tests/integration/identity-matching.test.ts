import { readFileSync } from 'node:fs';
import { gql } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../src/graph/graph-client.js';
import { DatasetFile } from '../../src/import/dataset-file.js';
import { importDatasets } from '../../src/import/import-datasets.js';
import { graphChecksum, openTestGraph, resetAndSeed } from '../helpers/test-graph.js';
import { startTestService, type TestService } from '../helpers/test-service.js';

const FILE = 'tests/fixtures/identity/cordis-style-partners.yaml';

interface IdentityState {
  organisations: string[];
  identifiers: string[];
  candidates: string[];
  matched: Array<{ id: string; about: string; rules: string[]; score: number }>;
}

async function identityState(graph: GraphClient): Promise<IdentityState> {
  const [row] = await graph.read<IdentityState>('testing/identity-state');
  if (!row) throw new Error('no identity state');
  return row;
}

// Seed organisations named the CORDIS way arrive on top of the seed: the
// same body is linked to its node, look-alikes go to the review queue, and
// co-partner answers follow.
describe('matching on import, over a real Neo4j', () => {
  let graph: GraphClient;
  let api: TestService;
  let before: IdentityState;

  beforeAll(async () => {
    graph = openTestGraph();
    await resetAndSeed(graph);
    before = await identityState(graph);
    api = await startTestService(graph);
    await importDatasets(graph, [DatasetFile.parse(readFileSync(FILE, 'utf8'), FILE)]);
  });

  afterAll(async () => {
    await api?.stop();
    await graph?.driver.close();
  });

  it('links the national-language capitals spelling to the seed node and records why', async () => {
    const state = await identityState(graph);
    expect(state.organisations).not.toContain('cordis-org-999000001');
    expect(state.identifiers).toContain('PIC:999000001=frederikssund-halsnaes-fire-rescue-service');
    const matched = state.matched.find(
      (m) => m.about === 'frederikssund-halsnaes-fire-rescue-service',
    );
    expect(matched?.rules).toContain('same-normalised-name');
    expect(matched?.score).toBeGreaterThanOrEqual(0.95);
  });

  it('files look-alikes it is not sure of as candidates instead of silent duplicates', async () => {
    const state = await identityState(graph);
    expect(state.candidates).toEqual(
      expect.arrayContaining([
        'candidate:cordis-org-999000002:main-school-of-fire-service',
        'candidate:cordis-org-999000003:msb',
      ]),
    );
    // A body nobody resembles is simply new.
    expect(state.organisations).toContain('cordis-org-999000004');
    expect(state.candidates.some((id) => id.includes('cordis-org-999000004'))).toBe(false);
    expect(state.organisations.length).toBe(before.organisations.length + 3);
  });

  it('co-partner answers follow: the seed node now has the new project partners', async () => {
    const data = await api.client.request<{
      coPartners: Array<{ organisation: { id: string }; sharedProjects: Array<{ id: string }> }>;
    }>(gql`
      {
        coPartners(organisationId: "frederikssund-halsnaes-fire-rescue-service") {
          organisation {
            id
          }
          sharedProjects {
            id
          }
        }
      }
    `);
    const viaNewProject = data.coPartners
      .filter((c) => c.sharedProjects.some((p) => p.id === 'cordis-project-101999999'))
      .map((c) => c.organisation.id)
      .sort();
    expect(viaNewProject).toEqual([
      'cordis-org-999000002',
      'cordis-org-999000003',
      'cordis-org-999000004',
    ]);
  });

  it('a second import of the same file changes nothing', async () => {
    const first = await graphChecksum(graph);
    await importDatasets(graph, [DatasetFile.parse(readFileSync(FILE, 'utf8'), FILE)]);
    expect(await graphChecksum(graph)).toBe(first);
  });
});
