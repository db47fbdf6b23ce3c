import { readFileSync } from 'node:fs';
import { gql } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../src/graph/graph-client.js';
import { DatasetFile } from '../../src/import/dataset-file.js';
import { refreshDuplicateCandidates } from '../../src/identity/refresh-duplicate-candidates.js';
import { importDatasets } from '../../src/import/import-datasets.js';
import { graphChecksum, openTestGraph, resetAndSeed } from '../helpers/test-graph.js';
import { startTestService, type TestService } from '../helpers/test-service.js';
import { editorToken } from '../helpers/test-tokens.js';

/** A GraphQL call over HTTP with an editor's token; the whole JSON body back. */
async function asEditor(
  api: TestService,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions: { code: string } }>;
}> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as never;
}

const ADD_IDENTIFIER = `mutation ($input: OrganisationIdentifierInput!) {
  addOrganisationIdentifier(input: $input) { id identifiers { scheme value programme } }
}`;

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

  describe('the API', () => {
    let token: string;
    beforeAll(async () => {
      token = await editorToken('identity-editor');
    });

    it('shows identifiers, resolves an organisation by one, and search finds one whole', async () => {
      const data = await api.client.request<{
        organisationByIdentifier: {
          id: string;
          identifiers: Array<{ scheme: string; value: string }>;
        };
        byVat: { id: string } | null;
        search: Array<{ id: string }>;
      }>(gql`
        {
          organisationByIdentifier(scheme: PIC, value: "999000001") {
            id
            identifiers {
              scheme
              value
            }
          }
          byVat: organisationByIdentifier(scheme: VAT, value: "pl5250000000") {
            id
          }
          search(text: "999000002") {
            id
          }
        }
      `);
      expect(data.organisationByIdentifier.id).toBe('frederikssund-halsnaes-fire-rescue-service');
      expect(data.organisationByIdentifier.identifiers).toEqual([
        { scheme: 'PIC', value: '999000001' },
      ]);
      expect(data.byVat?.id).toBe('cordis-org-999000002');
      expect(data.search[0]?.id).toBe('cordis-org-999000002');
    });

    it('refuses a malformed identifier with BAD_USER_INPUT naming the field and rule', async () => {
      const body = await asEditor(
        api,
        token,
        '{ organisationByIdentifier(scheme: PIC, value: "12ab") { id } }',
      );
      expect(body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toMatch(/"value" a PIC must be nine digits/);
    });

    it('lists the review queue with its evidence', async () => {
      const data = await api.client.request<{
        duplicateCandidates: {
          totalCount: number;
          nodes: Array<{
            id: string;
            score: number;
            rules: string[];
            names: string[];
            organisationIds: string[];
          }>;
        };
      }>(gql`
        {
          duplicateCandidates(filter: { organisationId: "msb" }, first: 5) {
            totalCount
            nodes {
              id
              score
              rules
              names
              organisationIds
            }
          }
        }
      `);
      expect(data.duplicateCandidates.totalCount).toBe(1);
      const [pair] = data.duplicateCandidates.nodes;
      expect(pair?.organisationIds.sort()).toEqual(['cordis-org-999000003', 'msb']);
      expect(pair?.rules).toContain('same-acronym');
      expect(pair?.score).toBeGreaterThanOrEqual(0.8);
      expect(pair?.score).toBeLessThan(0.95);
    });

    it('rejectDuplicate records who and why, and the pair is never proposed again', async () => {
      const body = await asEditor(
        api,
        token,
        `mutation { rejectDuplicate(input: { organisationIds: ["msb", "cordis-org-999000003"], reason: "Checked: a different body." }) { id decision reason otherIds } }`,
      );
      expect(body.errors).toBeUndefined();
      expect(body.data?.rejectDuplicate).toMatchObject({
        id: 'kept-apart:cordis-org-999000003:msb',
        decision: 'kept-apart',
      });
      const state = await identityState(graph);
      expect(state.candidates).not.toContain('candidate:cordis-org-999000003:msb');
      // A whole-graph matching run (npm run match) never proposes the pair again.
      await refreshDuplicateCandidates(graph);
      const refreshed = await identityState(graph);
      expect(refreshed.candidates).not.toContain('candidate:cordis-org-999000003:msb');
      expect(refreshed.candidates).toContain(
        'candidate:cordis-org-999000002:main-school-of-fire-service',
      );
    });

    it('twenty editors claiming one identifier at once: one wins, the others get CONFLICT', async () => {
      const contenders = ['msb', 'stuk', 'dsb', 'cbss', 'main-school-of-fire-service'];
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, index) =>
          asEditor(api, token, ADD_IDENTIFIER, {
            input: {
              organisationId: contenders[index % contenders.length],
              scheme: 'ROR',
              value: 'https://ror.org/05f0yaq80',
            },
          }),
        ),
      );
      const winners = results.filter((body) => !body.errors);
      const codes = results.flatMap(
        (body) => body.errors?.map((error) => error.extensions.code) ?? [],
      );
      const winner = (winners[0]?.data?.addOrganisationIdentifier as { id: string }).id;
      // Every caller naming the winner succeeds (a repeat is harmless); every other one is a CONFLICT.
      expect(winners.length).toBe(results.length / contenders.length);
      expect(new Set(codes)).toEqual(new Set(['CONFLICT']));
      const owners = (await identityState(graph)).identifiers.filter((entry) =>
        entry.startsWith('ROR:05f0yaq80='),
      );
      expect(owners).toEqual([`ROR:05f0yaq80=${winner}`]);
    });

    it('removes an identifier, after which another organisation may take it', async () => {
      const state = await identityState(graph);
      const owner = state.identifiers
        .find((entry) => entry.startsWith('ROR:05f0yaq80='))
        ?.split('=')[1];
      const removed = await asEditor(
        api,
        token,
        `mutation ($input: OrganisationIdentifierInput!) { removeOrganisationIdentifier(input: $input) { id identifiers { value } } }`,
        { input: { organisationId: owner, scheme: 'ROR', value: '05f0yaq80' } },
      );
      expect(removed.errors).toBeUndefined();
      const other = owner === 'msb' ? 'stuk' : 'msb';
      const added = await asEditor(api, token, ADD_IDENTIFIER, {
        input: { organisationId: other, scheme: 'ROR', value: '05f0yaq80' },
      });
      expect(added.errors).toBeUndefined();
    });
  });
});
