import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../src/graph/graph-client.js';
import { importDatasets } from '../../src/import/import-datasets.js';
import { BATCH_PROJECTS, batchTestDataset } from '../helpers/batch-test-data.js';
import { openTestGraph, resetAndSeed } from '../helpers/test-graph.js';
import { startTestService, type TestService } from '../helpers/test-service.js';

interface StatsResponse {
  data: {
    projects: {
      nodes: Array<{
        participations: { nodes: Array<{ organisation: { country: { code: string } } }> };
      }>;
    };
  };
  extensions: { stats: { roundTrips: number; statements: string[] } };
}

/** Runs a query with the debug header and returns data and database statistics. */
async function withStats(service: TestService, query: string): Promise<StatsResponse> {
  const response = await fetch(`${service.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-debug-stats': '1' },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as StatsResponse;
}

// One graph (the seed plus the batch test data) and two services for the whole file; the tests only read.
let graph: GraphClient;
let batched: TestService;
let naive: TestService;

beforeAll(async () => {
  graph = openTestGraph();
  await resetAndSeed(graph);
  await importDatasets(graph, [batchTestDataset()]);
  batched = await startTestService(graph);
  naive = await startTestService(graph, { batching: false });
});

afterAll(async () => {
  await batched?.stop();
  await naive?.stop();
  await graph?.driver.close();
});

// Nested fields go through per-request DataLoaders: one statement per level, whatever the row count.
describe('DataLoader batching', () => {
  // 60 projects -> their partnership edges -> the organisations -> their countries.
  const deepQuery = `{
    projects(first: 60, filter: { nameContains: "batch test project" }) {
      nodes {
        participations(first: 10) {
          nodes { organisation { country { code } } }
        }
      }
    }
  }`;

  it('makes at most one round trip per level for 60 parents', async () => {
    const result = await withStats(batched, deepQuery);
    expect(result.data.projects.nodes).toHaveLength(BATCH_PROJECTS);
    const partners = result.data.projects.nodes.flatMap((p) => p.participations.nodes);
    expect(partners).toHaveLength(BATCH_PROJECTS * 5);
    expect(partners.every((p) => p.organisation.country.code.length === 2)).toBe(true);
    // Four levels: projects, participations, organisations, countries. The
    // participation pages bring their organisations, and those their
    // countries, so two statements answer all four.
    expect(result.extensions.stats.statements).toEqual([
      'queries/list-projects',
      'queries/participations-by-project-ids',
    ]);
    expect(result.extensions.stats.roundTrips).toBe(2);
  });

  it('costs the same number of round trips for 5 parents as for 60', async () => {
    const small = await withStats(batched, deepQuery.replace('first: 60', 'first: 5'));
    expect(small.data.projects.nodes).toHaveLength(5);
    expect(small.extensions.stats.roundTrips).toBe(2);
  });

  it('would cost one round trip per parent without batching', async () => {
    const result = await withStats(naive, deepQuery);
    // Same answer …
    const batchedResult = await withStats(batched, deepQuery);
    expect(result.data).toEqual(batchedResult.data);
    // … but 1 list + one participation page per project (organisations and
    // their countries come with the pages).
    expect(result.extensions.stats.roundTrips).toBe(1 + BATCH_PROJECTS);
  });
});

// Root fields over the whole graph share one statement of totals.
describe('whole-graph totals', () => {
  interface TotalsResponse {
    data: Record<string, Record<string, number | null>>;
    extensions: { stats: { statements: string[] } };
  }
  const run = async (query: string) =>
    (await withStats(batched, query)) as unknown as TotalsResponse;

  it('answers unfiltered totalCounts and totals with one statement, equal to counting', async () => {
    const shared = await run(`{
      organisations(first: 0) { totalCount }
      projects(first: 0) { totalCount }
      totals { organisationCount projectCount participationCount totalBudgetEur }
    }`);
    expect(shared.extensions.stats.statements).toEqual(['queries/graph-totals']);
    // The same totals as the list statements count.
    const listed = await run(`{
      organisations(first: 1) { totalCount nodes { id } }
      projects(first: 1) { totalCount nodes { id } }
    }`);
    expect([...listed.extensions.stats.statements].sort()).toEqual([
      'queries/list-organisations',
      'queries/list-projects',
    ]);
    expect(shared.data.organisations?.totalCount).toBe(listed.data.organisations?.totalCount);
    expect(shared.data.projects?.totalCount).toBe(listed.data.projects?.totalCount);
    expect(shared.data.totals?.organisationCount).toBe(listed.data.organisations?.totalCount);
    expect(shared.data.totals?.projectCount).toBe(listed.data.projects?.totalCount);
    expect(shared.data.organisations?.totalCount).toBeGreaterThan(BATCH_PROJECTS);
    expect(shared.data.totals?.totalBudgetEur).toBeGreaterThan(0);
  });

  it('sums budgets only when a field asks for them, and still answers both', async () => {
    const counts = await run(`{ totals { projectCount } }`);
    expect(counts.extensions.stats.statements).toEqual(['queries/graph-totals']);
    const both = await run(`{
      counts: totals { participationCount }
      sums: totals { euContributionEur totalBudgetEur }
    }`);
    expect(both.extensions.stats.statements).toEqual(['queries/graph-totals']);
    expect(both.data.sums?.totalBudgetEur).toBeGreaterThan(0);
    expect(both.data.sums?.euContributionEur).toBeGreaterThan(0);
    expect(both.data.counts?.participationCount).toBeGreaterThan(0);
  });

  it('counts with the list statement once a filter is set', async () => {
    const filtered = await run(`{
      organisations(first: 0, filter: { nameContains: "batch test" }) { totalCount }
    }`);
    expect(filtered.extensions.stats.statements).toEqual(['queries/list-organisations']);
    expect(filtered.data.organisations?.totalCount).toBeLessThan(
      (await run(`{ organisations(first: 0) { totalCount } }`)).data.organisations?.totalCount ?? 0,
    );
  });
});

// A relationship question is one statement: the ids are checked inside it.
describe('relationship questions', () => {
  const sharedPartnersQuery = (ids: string[]) => `{
    sharedPartners(projectIds: ${JSON.stringify(ids)}) {
      organisation { id name country { code } }
      projectCount
      participations { role project { id name } }
    }
  }`;

  it('sharedPartners runs exactly one statement, with its projects and countries', async () => {
    const result = (await withStats(
      batched,
      sharedPartnersQuery(['macro-regional-risk-scenarios', 'from-gaps-to-caps']),
    )) as unknown as {
      data: {
        sharedPartners: Array<{
          organisation: { id: string; name: string; country: { code: string } | null };
          participations: Array<{ role: string; project: { id: string; name: string } }>;
        }>;
      };
      extensions: { stats: { roundTrips: number; statements: string[] } };
    };
    expect(result.data.sharedPartners).toHaveLength(9);
    const hamburg = result.data.sharedPartners.find(
      (p) => p.organisation.id === 'hamburg-fire-rescue-service',
    );
    expect(hamburg?.organisation.country?.code).toBe('DE');
    expect(hamburg?.participations.map((p) => p.project.id).sort()).toEqual([
      'from-gaps-to-caps',
      'from-gaps-to-caps',
      'macro-regional-risk-scenarios',
    ]);
    expect(result.extensions.stats.statements).toEqual(['queries/shared-partners']);
    expect(result.extensions.stats.roundTrips).toBe(1);
  });

  it('sharedPartners names an unknown id from the same one statement', async () => {
    const response = await fetch(`${batched.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-debug-stats': '1' },
      body: JSON.stringify({
        query: sharedPartnersQuery(['from-gaps-to-caps', 'no-such-project']),
      }),
    });
    const body = (await response.json()) as {
      data: unknown;
      errors: Array<{ message: string; extensions: { code: string; unknownIds: string[] } }>;
      extensions: { stats: { roundTrips: number; statements: string[] } };
    };
    expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0]?.extensions.unknownIds).toEqual(['no-such-project']);
    expect(body.extensions.stats.statements).toEqual(['queries/shared-partners']);
  });

  // An organisation to itself is a chain of no hops: the organisation's own
  // read answers it, and names the id when the graph lacks it.
  it.each([
    ['hamburg-fire-rescue-service', undefined],
    ['no-such-organisation', 'BAD_USER_INPUT'],
  ])('connection from %s to itself runs one statement', async (id, code) => {
    const response = await fetch(`${batched.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-debug-stats': '1' },
      body: JSON.stringify({
        query: `{ connection(fromId: "${id}", toId: "${id}") { hops organisations { id } } }`,
      }),
    });
    const body = (await response.json()) as {
      data: { connection: { hops: number; organisations: Array<{ id: string }> } | null } | null;
      errors?: Array<{ extensions: { code: string; unknownIds: string[] } }>;
      extensions: { stats: { statements: string[] } };
    };
    if (code) {
      expect(body.errors?.[0]?.extensions.code).toBe(code);
      expect(body.errors?.[0]?.extensions.unknownIds).toEqual([id]);
    } else {
      expect(body.data?.connection).toEqual({ hops: 0, organisations: [{ id }] });
    }
    expect(body.extensions.stats.statements).toEqual(['queries/organisations-by-ids']);
  });
});
