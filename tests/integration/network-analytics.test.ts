import { ClientError, gql, GraphQLClient } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../src/graph/graph-client.js';
import { importDatasets } from '../../src/import/import-datasets.js';
import {
  GROUP_A,
  GROUP_B,
  JOINER,
  plantedNetworkDataset,
} from '../helpers/planted-network-data.js';
import { openTestGraph, resetGraph } from '../helpers/test-graph.js';
import { startTestService, type TestService } from '../helpers/test-service.js';
import { editorToken } from '../helpers/test-tokens.js';

interface Metrics {
  id: string;
  degree: number;
  weightedDegree: number;
  pageRank: number;
  betweenness: number;
  brokerScore: number;
  community: number;
}

interface Analytics {
  seed: number;
  current: boolean;
  projectCount: number;
  modularity: number;
  communityCount: number;
  betweennessSampleSize: number | null;
  shape: {
    organisations: number;
    ties: number;
    components: number;
    largestComponentShare: number;
    density: number;
    averagePathLength: number | null;
    pathLengthSampleSize: number | null;
  };
  organisations: Metrics[];
  brokers: Metrics[];
  communities: Array<{
    id: number;
    size: number;
    internalTies: number;
    topMembers: Array<{ id: string }>;
    countries: Array<{ key: string; count: number }>;
    funders: Array<{ key: string; name: string | null; count: number }>;
  }>;
  communityTies: Array<{ source: number; target: number; ties: number; weight: number }>;
}

const METRICS = 'id degree weightedDegree pageRank betweenness brokerScore community';
const ANALYTICS = gql`
  query ($filter: NetworkFilter, $seed: Int) {
    networkAnalytics(filter: $filter, seed: $seed) {
      seed current projectCount modularity communityCount betweennessSampleSize
      shape { organisations ties components largestComponentShare density averagePathLength pathLengthSampleSize }
      organisations(first: 1000) { ${METRICS} }
      brokers(first: 3) { ${METRICS} }
      communities { id size internalTies topMembers { id } countries { key count } funders { key name count } }
      communityTies { source target ties weight }
    }
  }
`;

async function analytics(
  client: GraphQLClient,
  filter: Record<string, unknown> | null = null,
  seed?: number,
): Promise<Analytics> {
  const data = await client.request<{ networkAnalytics: Analytics }>(ANALYTICS, { filter, seed });
  return data.networkAnalytics;
}

/** The co-partners of each organisation, counted by the database itself. */
async function degreesInDatabase(graph: GraphClient): Promise<Map<string, number>> {
  const session = graph.driver.session({ database: graph.database });
  try {
    const result = await session.run(
      `MATCH (o:Organisation)
       OPTIONAL MATCH (o)-[:PARTICIPATES_IN]->(:Project)<-[:PARTICIPATES_IN]-(other:Organisation)
       WHERE other <> o
       RETURN o.id AS id, count(DISTINCT other) AS degree`,
    );
    return new Map(
      result.records.map((record) => [record.get('id') as string, Number(record.get('degree'))]),
    );
  } finally {
    await session.close();
  }
}

// The analytics over real HTTP on a planted network in a real Neo4j: two
// dense groups joined through one organisation.
describe('network analytics', () => {
  let graph: GraphClient;
  let api: TestService;
  let editor: GraphQLClient;

  beforeAll(async () => {
    graph = openTestGraph();
    await resetGraph(graph);
    await importDatasets(graph, [plantedNetworkDataset()]);
    api = await startTestService(graph);
    editor = new GraphQLClient(`${api.url}/graphql`, {
      headers: { authorization: `Bearer ${await editorToken()}` },
    });
  });

  afterAll(async () => {
    await api?.stop();
    await graph?.driver.close();
  });

  it('finds the two groups, the joiner as top broker and between them, PageRank summing to 1', async () => {
    const result = await analytics(api.client);
    const byId = new Map(result.organisations.map((row) => [row.id, row]));
    expect(result.shape).toMatchObject({ organisations: 11, ties: 30, components: 1 });
    expect(result.communityCount).toBe(2);
    expect(new Set(GROUP_A.map((id) => byId.get(id)!.community)).size).toBe(1);
    expect(new Set(GROUP_B.map((id) => byId.get(id)!.community)).size).toBe(1);
    expect(byId.get(GROUP_A[0]!)!.community).not.toBe(byId.get(GROUP_B[0]!)!.community);
    expect(result.brokers[0]!.id).toBe(JOINER);
    const byBetweenness = [...result.organisations].sort((a, b) => b.betweenness - a.betweenness);
    expect(byBetweenness[0]!.id).toBe(JOINER);
    // 25 pairs across the groups, both directions, over (n−1)(n−2) = 90 ordered pairs.
    expect(byId.get(JOINER)!.betweenness).toBeCloseTo(50 / 90, 12);
    expect(result.betweennessSampleSize).toBeNull();
    const sum = result.organisations.reduce((total, row) => total + row.pageRank, 0);
    expect(sum).toBeCloseTo(1, 9);
    expect(result.communityTies).toEqual([{ source: 0, target: 1, ties: 5, weight: 5 }]);
    const funders = result.communities.map((community) => community.funders[0]?.key).sort();
    expect(funders).toEqual(['planted-fund-a', 'planted-fund-b']);
    expect(result.shape.averagePathLength).toBeCloseTo(80 / 55, 12);
  });

  it('gives the same communities for the same filter and seed, computed twice independently', async () => {
    // A second connection has its own analytics and cache: nothing is shared.
    const otherGraph = openTestGraph();
    const other = await startTestService(otherGraph);
    try {
      const filter = { countryCodes: ['DE', 'FR', 'LV'] };
      const first = await analytics(api.client, filter, 42);
      const second = await analytics(other.client, filter, 42);
      const partition = (result: Analytics) =>
        result.organisations.map((row) => [row.id, row.community]);
      expect(partition(second)).toEqual(partition(first));
      expect(second.modularity).toBe(first.modularity);
      expect(first.seed).toBe(42);
    } finally {
      await other.stop();
      await otherGraph.driver.close();
    }
  });

  it('answers a filtered slice: one group alone has no broker', async () => {
    const result = await analytics(api.client, { countryCodes: ['DE'] });
    expect(result.shape).toMatchObject({ organisations: 5, ties: 10, density: 1 });
    expect(result.brokers).toEqual([]);
    expect(result.communityCount).toBe(1);
  });

  it('gives Organisation.networkMetrics as networkAnalytics reports them', async () => {
    const data = await api.client.request<{ organisation: { networkMetrics: Metrics } }>(
      gql`
        query ($id: ID!) {
          organisation(id: $id) { networkMetrics { ${METRICS} } }
        }
      `,
      { id: JOINER },
    );
    const result = await analytics(api.client);
    expect(data.organisation.networkMetrics).toEqual(
      result.organisations.find((row) => row.id === JOINER),
    );
  });

  it('shows how the network grew, period by period', async () => {
    const data = await api.client.request<{
      networkEvolution: {
        periods: Array<{
          fromYear: number;
          toYear: number;
          projects: number;
          organisations: number;
          ties: number;
          newTies: number;
          density: number;
          risers: Array<{ id: string; degree: number; gain: number }>;
        }>;
        omittedPeriods: number;
      };
    }>(gql`
      {
        networkEvolution {
          periods {
            fromYear
            toYear
            projects
            organisations
            ties
            newTies
            density
            risers {
              id
              degree
              gain
            }
          }
          omittedPeriods
        }
      }
    `);
    const { periods } = data.networkEvolution;
    expect(
      periods.map((p) => [p.fromYear, p.projects, p.organisations, p.ties, p.newTies]),
    ).toEqual([
      [2020, 10, 5, 10, 10],
      [2021, 10, 5, 10, 10],
      [2022, 10, 11, 10, 10],
    ]);
    expect(periods[2]!.risers[0]).toEqual({ id: JOINER, degree: 10, gain: 10 });
    expect(periods[0]!.density).toBe(1);
  });

  it('refuses bad arguments with BAD_USER_INPUT naming them, and answers nothing', async () => {
    const cases: Array<[string, RegExp]> = [
      ['{ networkAnalytics(seed: -1) { seed } }', /"seed" must be an integer from 0 to 2147483647/],
      [
        '{ networkAnalytics { organisations(first: 0) { id } } }',
        /"first" must be an integer from 1 to 1000/,
      ],
      [
        '{ networkAnalytics { brokers(first: 1001) { id } } }',
        /"first" must be an integer from 1 to 1000/,
      ],
      [
        '{ networkEvolution(yearsPerPeriod: 0) { omittedPeriods } }',
        /"yearsPerPeriod" must be an integer from 1 to 50/,
      ],
      ['{ networkEvolution(yearsPerPeriod: 2147483647) { omittedPeriods } }', /"yearsPerPeriod"/],
      [
        '{ networkAnalytics(filter: { projectIds: ["no-such-project"] }) { seed } }',
        /Unknown Project id\(s\) in "filter.projectIds": "no-such-project"/,
      ],
      ['{ networkAnalytics(filter: { countryCodes: ["Germany"] }) { seed } }', /countryCodes/],
      ['{ networkAnalytics(filter: { activeFrom: 2020, activeTo: 2019 }) { seed } }', /activeTo/],
      [
        `{ networkAnalytics(filter: { projectIds: ["${'x'.repeat(100_000)}"] }) { seed } }`,
        /projectIds/,
      ],
      [
        '{ networkAnalytics(filter: { projectIds: ["planted-project-00\\u200b"] }) { seed } }',
        /Unknown Project id/,
      ],
    ];
    for (const [query, message] of cases) {
      const error = await api.client.request(query).then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(error, query.slice(0, 80)).toBeInstanceOf(ClientError);
      const first = (error as ClientError).response.errors?.[0];
      expect(first?.extensions?.code, query.slice(0, 80)).toBe('BAD_USER_INPUT');
      expect(first?.message, query.slice(0, 80)).toMatch(message);
    }
  });

  it('draws the whole network over maxEdges as its backbone and says what it leaves out', async () => {
    interface Drawn {
      truncated: boolean;
      nodes: Array<{ id: string; projectCount: number }>;
      edges: Array<{ source: string; target: string; weight: number; projectIds: string[] }>;
      omitted: {
        organisations: number;
        ties: number;
        totalOrganisations: number;
        totalTies: number;
        reason: string;
      } | null;
    }
    const draw = async (maxEdges: number) =>
      (
        await api.client.request<{ partnershipNetwork: Drawn }>(
          gql`
            query ($maxEdges: Int) {
              partnershipNetwork(filter: { maxEdges: $maxEdges }) {
                truncated
                nodes {
                  id
                  projectCount
                }
                edges {
                  source
                  target
                  weight
                  projectIds
                }
                omitted {
                  organisations
                  ties
                  totalOrganisations
                  totalTies
                  reason
                }
              }
            }
          `,
          { maxEdges },
        )
      ).partnershipNetwork;
    const full = await draw(1000);
    expect(full.omitted).toBeNull();
    expect(full.edges).toHaveLength(30);
    const bounded = await draw(4);
    expect(bounded.truncated).toBe(true);
    expect(bounded.edges).toHaveLength(4);
    const drawnIds = new Set(bounded.edges.flatMap((edge) => [edge.source, edge.target]));
    expect(new Set(bounded.nodes.map((node) => node.id))).toEqual(drawnIds);
    expect(bounded.omitted).toMatchObject({
      ties: 26,
      totalTies: 30,
      totalOrganisations: 11,
      organisations: 11 - drawnIds.size,
    });
    expect(bounded.omitted!.reason).toMatch(/30 ties/);
    // Every drawn tie is a tie of the network, with its weight and shared projects.
    const fullEdges = new Map(full.edges.map((edge) => [`${edge.source}|${edge.target}`, edge]));
    for (const edge of bounded.edges) {
      expect(fullEdges.get(`${edge.source}|${edge.target}`)).toEqual(edge);
    }
    const fullNodes = new Map(full.nodes.map((node) => [node.id, node]));
    for (const node of bounded.nodes) expect(fullNodes.get(node.id)).toEqual(node);
  });

  it('a curation edit changes the next answer, filtered or whole', async () => {
    const filter = { countryCodes: ['DE', 'FR', 'LV'] };
    const before = await analytics(api.client, filter);
    const wholeBefore = await analytics(api.client);
    expect(before.shape.ties).toBe(30);
    // a1 joins a group-B project: two new ties across the groups.
    await editor.request(gql`
      mutation {
        addParticipation(
          input: { organisationId: "planted-a1", projectId: "planted-project-10", role: PARTNER }
        ) {
          role
        }
      }
    `);
    const after = await analytics(api.client, filter);
    expect(after.shape.ties).toBe(32);
    expect(after.organisations.find((row) => row.id === 'planted-a1')!.degree).toBe(7);
    const whole = await analytics(api.client);
    expect(whole.current).toBe(true);
    expect(whole.shape.ties).toBe(32);
    expect(wholeBefore.shape.ties).toBe(30);
  });

  it('20 clients reading while editors write: every answer afterwards matches the database', async () => {
    const reads = Array.from({ length: 20 }, (_, i) =>
      analytics(api.client, i % 2 === 0 ? null : { countryCodes: ['DE', 'FR', 'LV'] }, 1 + (i % 3)),
    );
    // Each B member joins an A project, concurrently with the reads.
    const writes = GROUP_B.map((organisationId, i) =>
      editor.request(
        gql`
          mutation ($organisationId: ID!, $projectId: ID!) {
            addParticipation(
              input: { organisationId: $organisationId, projectId: $projectId, role: PARTNER }
            ) {
              role
            }
          }
        `,
        { organisationId, projectId: `planted-project-0${i}` },
      ),
    );
    const settled = await Promise.allSettled([...reads, ...writes]);
    expect(settled.filter((outcome) => outcome.status === 'rejected')).toEqual([]);
    const expected = await degreesInDatabase(graph);
    for (const filter of [null, { countryCodes: ['DE', 'FR', 'LV'] }]) {
      for (const seed of [1, 2, 3]) {
        const result = await analytics(api.client, filter, seed);
        expect(result.current).toBe(true);
        const degrees = new Map(result.organisations.map((row) => [row.id, row.degree]));
        expect(degrees).toEqual(expected);
      }
    }
  });
});
