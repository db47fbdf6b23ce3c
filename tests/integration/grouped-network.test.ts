import { ClientError, gql, GraphQLClient } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../src/graph/graph-client.js';
import { importDatasets } from '../../src/import/import-datasets.js';
import { parseCsv } from '../helpers/export-parsers.js';
import { GROUPS_PROJECTS, plantedGroupsDataset } from '../helpers/planted-groups-data.js';
import {
  GROUP_A,
  GROUP_B,
  JOINER,
  plantedNetworkDataset,
} from '../helpers/planted-network-data.js';
import { graphChecksum, openTestGraph, resetGraph } from '../helpers/test-graph.js';
import { startTestService, type TestService } from '../helpers/test-service.js';

interface Grouped {
  groupBy: string;
  seed: number;
  current: boolean;
  projectCount: number;
  organisations: number;
  groupCount: number;
  tieCount: number;
  groups: Array<{
    id: string;
    size: number;
    internalTies: number;
    internalWeight: number;
    topMembers: Array<{ id: string }>;
  }>;
  ties: Array<{ source: string; target: string; ties: number; weight: number }>;
}

interface DrilledNetwork {
  projectCount: number;
  nodes: Array<{ id: string; countryCode: string | null }>;
  edges: Array<{ source: string; target: string; weight: number; projectIds: string[] }>;
  nodeMetrics: Array<{ community: number } | null>;
}

const GROUPED = gql`
  query ($filter: NetworkFilter, $groupBy: NetworkGrouping!, $seed: Int, $first: Int) {
    groupedNetwork(filter: $filter, groupBy: $groupBy, seed: $seed) {
      groupBy
      seed
      current
      projectCount
      organisations
      groupCount
      tieCount
      groups(first: $first) {
        id
        size
        internalTies
        internalWeight
        topMembers {
          id
        }
      }
      ties(first: $first) {
        source
        target
        ties
        weight
      }
    }
  }
`;

const DRILL_DOWN = gql`
  query ($filter: NetworkFilter, $group: NetworkGroupInput) {
    partnershipNetwork(filter: $filter, group: $group) {
      projectCount
      nodes {
        id
        countryCode
      }
      edges {
        source
        target
        weight
        projectIds
      }
      nodeMetrics {
        community
      }
    }
  }
`;

const GROUPS_ONLY = { activeTo: 2019 };
const NETWORK_ONLY = { activeFrom: 2020 };

async function grouped(
  client: GraphQLClient,
  variables: {
    filter?: Record<string, unknown> | null;
    groupBy: string;
    seed?: number;
    first?: number;
  },
): Promise<Grouped> {
  const data = await client.request<{ groupedNetwork: Grouped }>(GROUPED, variables);
  return data.groupedNetwork;
}

async function drillDown(
  client: GraphQLClient,
  filter: Record<string, unknown> | null,
  group: Record<string, unknown>,
): Promise<DrilledNetwork> {
  const data = await client.request<{ partnershipNetwork: DrilledNetwork }>(DRILL_DOWN, {
    filter,
    group,
  });
  return data.partnershipNetwork;
}

async function refusal(
  promise: Promise<unknown>,
): Promise<{ code: unknown; argument: unknown; message: string }> {
  const error = await promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ClientError);
  const [first] = (error as ClientError).response.errors ?? [];
  return {
    code: first?.extensions?.code,
    argument: first?.extensions?.argument,
    message: first?.message ?? '',
  };
}

// Aggregated views and their drill-down over real HTTP, on two planted graphs
// in one database: weighted groups in 2015 (by country, summed by hand) and
// two dense groups joined through one organisation from 2020 (communities).
describe('grouped network views', () => {
  let graph: GraphClient;
  let api: TestService;

  beforeAll(async () => {
    graph = openTestGraph();
    await resetGraph(graph);
    await importDatasets(graph, [plantedGroupsDataset(), plantedNetworkDataset()]);
    api = await startTestService(graph);
  });

  afterAll(async () => {
    await api?.stop();
    await graph?.driver.close();
  });

  it('groups by country: sizes, inner ties and summed tie weights equal the hand-computed ones', async () => {
    const view = await grouped(api.client, { filter: GROUPS_ONLY, groupBy: 'COUNTRY' });
    expect(view).toMatchObject({
      groupBy: 'COUNTRY',
      current: true,
      projectCount: 6,
      organisations: 6,
      groupCount: 3,
      tieCount: 2,
    });
    expect(
      view.groups.map(({ id, size, internalTies, internalWeight }) => ({
        id,
        size,
        internalTies,
        internalWeight,
      })),
    ).toEqual([
      { id: 'PL', size: 3, internalTies: 3, internalWeight: 4 },
      { id: 'SE', size: 2, internalTies: 1, internalWeight: 2 },
      { id: 'none', size: 1, internalTies: 0, internalWeight: 0 },
    ]);
    expect(view.ties).toEqual([
      { source: 'PL', target: 'SE', ties: 3, weight: 4 },
      { source: 'none', target: 'SE', ties: 2, weight: 2 },
    ]);
    expect(view.groups[2]!.topMembers).toEqual([{ id: 'groups-none1' }]);
    expect(view.groups[0]!.topMembers.map((member) => member.id).sort()).toEqual([
      'groups-pl1',
      'groups-pl2',
      'groups-pl3',
    ]);
  });

  it('groups by community: the two planted groups, joined by five ties, as networkAnalytics finds them', async () => {
    const view = await grouped(api.client, { filter: NETWORK_ONLY, groupBy: 'COMMUNITY' });
    expect(view).toMatchObject({ organisations: 11, groupCount: 2, tieCount: 1 });
    // The joiner sits in one of them: 6 and 5 members, 15 and 10 inner ties (all of weight 1).
    expect(
      view.groups.map((group) => [group.id, group.size, group.internalTies, group.internalWeight]),
    ).toEqual([
      ['0', 6, 15, 15],
      ['1', 5, 10, 10],
    ]);
    expect(view.ties).toEqual([{ source: '0', target: '1', ties: 5, weight: 5 }]);
    const data = await api.client.request<{
      networkAnalytics: { communities: Array<{ id: number; size: number; internalTies: number }> };
    }>(
      gql`
        query ($filter: NetworkFilter) {
          networkAnalytics(filter: $filter) {
            communities {
              id
              size
              internalTies
            }
          }
        }
      `,
      { filter: NETWORK_ONLY },
    );
    expect(data.networkAnalytics.communities).toEqual(
      view.groups.map((group) => ({
        id: Number(group.id),
        size: group.size,
        internalTies: group.internalTies,
      })),
    );
  });

  it('gives the same communities for the same seed, computed again on another connection', async () => {
    const first = await grouped(api.client, {
      filter: NETWORK_ONLY,
      groupBy: 'COMMUNITY',
      seed: 7,
    });
    const other = openTestGraph();
    const second = await startTestService(other, { analytics: { warm: false } });
    try {
      const again = await grouped(second.client, {
        filter: NETWORK_ONLY,
        groupBy: 'COMMUNITY',
        seed: 7,
      });
      expect(again).toEqual(first);
      expect(again.seed).toBe(7);
    } finally {
      await second.stop();
      await other.driver.close();
    }
  });

  it('drills into a country: its organisations and only the ties between them', async () => {
    const poland = await drillDown(api.client, GROUPS_ONLY, { groupBy: 'COUNTRY', id: 'PL' });
    expect(poland.nodes.map((node) => node.id).sort()).toEqual([
      'groups-pl1',
      'groups-pl2',
      'groups-pl3',
    ]);
    expect(
      poland.edges.map(({ source, target, weight, projectIds }) => [
        source,
        target,
        weight,
        projectIds,
      ]),
    ).toEqual([
      ['groups-pl1', 'groups-pl2', 2, ['groups-p1', 'groups-p2']],
      ['groups-pl1', 'groups-pl3', 1, ['groups-p1']],
      ['groups-pl2', 'groups-pl3', 1, ['groups-p1']],
    ]);
    // p1 to p5 each have a Polish member.
    expect(poland.projectCount).toBe(5);
    const none = await drillDown(api.client, GROUPS_ONLY, { groupBy: 'COUNTRY', id: 'none' });
    expect(none.nodes).toEqual([{ id: 'groups-none1', countryCode: null }]);
    expect(none.edges).toEqual([]);
  });

  it('drills into a community: its members, its inner ties summed as the view says', async () => {
    const view = await grouped(api.client, { filter: NETWORK_ONLY, groupBy: 'COMMUNITY' });
    for (const group of view.groups) {
      const drilled = await drillDown(api.client, NETWORK_ONLY, {
        groupBy: 'COMMUNITY',
        id: group.id,
      });
      expect(drilled.nodes).toHaveLength(group.size);
      expect(drilled.edges).toHaveLength(group.internalTies);
      expect(drilled.edges.reduce((sum, edge) => sum + edge.weight, 0)).toBe(group.internalWeight);
      expect(new Set(drilled.nodeMetrics.map((metrics) => metrics?.community))).toEqual(
        new Set([Number(group.id)]),
      );
    }
    const members = (
      await drillDown(api.client, NETWORK_ONLY, { groupBy: 'COMMUNITY', id: '1' })
    ).nodes
      .map((node) => node.id)
      .sort();
    // The smaller community is one planted group without the joiner.
    expect([[...GROUP_A].sort(), [...GROUP_B].sort()]).toContainEqual(members);
    expect(members).not.toContain(JOINER);
  });

  it('answers the whole network (no filter) with both planted graphs side by side', async () => {
    const view = await grouped(api.client, { groupBy: 'COUNTRY' });
    expect(view.organisations).toBe(17);
    expect(view.groups.map((group) => [group.id, group.size])).toEqual([
      ['DE', 5],
      ['FR', 5],
      ['PL', 3],
      ['SE', 2],
      ['LV', 1],
      ['none', 1],
    ]);
    expect(view.ties).toEqual([
      { source: 'DE', target: 'LV', ties: 5, weight: 5 },
      { source: 'FR', target: 'LV', ties: 5, weight: 5 },
      { source: 'PL', target: 'SE', ties: 3, weight: 4 },
      { source: 'none', target: 'SE', ties: 2, weight: 2 },
    ]);
    const latvia = await drillDown(api.client, null, { groupBy: 'COUNTRY', id: 'LV' });
    expect(latvia.nodes.map((node) => node.id)).toEqual([JOINER]);
  });

  it('refuses an unknown group, bad seeds, ids and counts with BAD_USER_INPUT naming them, changing nothing', async () => {
    const before = await graphChecksum(graph);
    const cases: Array<[() => Promise<unknown>, string, RegExp]> = [
      [
        () => drillDown(api.client, GROUPS_ONLY, { groupBy: 'COUNTRY', id: 'DE' }),
        'group.id',
        /no country.*"DE".*3 groups.*"PL"/,
      ],
      [
        () => drillDown(api.client, NETWORK_ONLY, { groupBy: 'COMMUNITY', id: '2' }),
        'group.id',
        /no community.*"2"/,
      ],
      [
        () => drillDown(api.client, NETWORK_ONLY, { groupBy: 'COMMUNITY', id: '-0' }),
        'group.id',
        /no community/,
      ],
      [
        () => drillDown(api.client, NETWORK_ONLY, { groupBy: 'COMMUNITY', id: '\u200b0' }),
        'group.id',
        /no community/,
      ],
      [
        () => drillDown(api.client, NETWORK_ONLY, { groupBy: 'COMMUNITY', id: '0', seed: -1 }),
        'group.seed',
        /seed/,
      ],
      [() => grouped(api.client, { groupBy: 'COUNTRY', first: 0 }), 'first', /1 to 1000/],
      [() => grouped(api.client, { groupBy: 'COUNTRY', first: 1001 }), 'first', /1 to 1000/],
      [() => grouped(api.client, { groupBy: 'COUNTRY', seed: -5 }), 'seed', /0 to 2147483647/],
      [
        () =>
          grouped(api.client, { groupBy: 'COUNTRY', filter: { projectIds: ['no-such-project'] } }),
        'filter.projectIds',
        /no-such-project/,
      ],
    ];
    // Each request starts when its turn comes, so no refusal waits unobserved.
    for (const [request, argument, message] of cases) {
      const refused = await refusal(request());
      expect(refused.code, refused.message).toBe('BAD_USER_INPUT');
      expect(refused.message).toMatch(message);
      if (argument !== 'group.seed') expect(refused.argument).toBe(argument);
    }
    const huge = await refusal(
      drillDown(api.client, null, { groupBy: 'COUNTRY', id: 'x'.repeat(100_000) }),
    );
    expect(huge.code).toBe('BAD_USER_INPUT');
    expect(huge.message).toMatch(/id/);
    expect(await graphChecksum(graph)).toBe(before);
  });

  it('keeps the projects of a drill-down within the filter', async () => {
    const onlyTwo = { projectIds: [GROUPS_PROJECTS[0]!, GROUPS_PROJECTS[4]!] };
    const view = await grouped(api.client, { filter: onlyTwo, groupBy: 'COUNTRY' });
    expect(view.ties).toEqual([{ source: 'PL', target: 'SE', ties: 1, weight: 1 }]);
    const poland = await drillDown(api.client, onlyTwo, { groupBy: 'COUNTRY', id: 'PL' });
    expect(poland.edges.map((edge) => edge.weight)).toEqual([1, 1, 1]);
  });

  it('exports a drilled-into group, and refuses a bad drill-down naming the parameter', async () => {
    const response = await fetch(
      `${api.url}/exports/network-edges.csv?activeTo=2019&groupBy=country&group=PL`,
    );
    expect(response.status).toBe(200);
    const rows = parseCsv(Buffer.from(await response.arrayBuffer()));
    expect(rows.map((row) => [row.Source, row.Target, row.Weight])).toEqual([
      ['groups-pl1', 'groups-pl2', '2'],
      ['groups-pl1', 'groups-pl3', '1'],
      ['groups-pl2', 'groups-pl3', '1'],
    ]);
    const refused: Array<[string, string, RegExp]> = [
      ['activeTo=2019&groupBy=country&group=DE', 'group', /"group" names no country/],
      ['group=PL', 'groupBy', /go together/],
      ['groupBy=region&group=PL', 'groupBy', /country or community/],
      ['groupBy=community&group=0&seed=-1', 'seed', /0 to 2147483647/],
      ['groupBy=country&group=PL&group=SE', 'group', /once/],
    ];
    for (const [query, parameter, message] of refused) {
      const answer = await fetch(`${api.url}/exports/network-edges.csv?${query}`);
      expect(answer.status, query).toBe(400);
      const body = (await answer.json()) as {
        error: { code: string; parameter: string; message: string };
      };
      expect(body.error, query).toMatchObject({ code: 'BAD_USER_INPUT', parameter });
      expect(body.error.message, query).toMatch(message);
    }
  });
});
