import { ClientError, gql, GraphQLClient } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../src/graph/graph-client.js';
import { importDatasets } from '../../src/import/import-datasets.js';
import { plantedNetworkDataset } from '../helpers/planted-network-data.js';
import { graphChecksum, openTestGraph, resetGraph } from '../helpers/test-graph.js';
import { startTestService, type TestService } from '../helpers/test-service.js';
import { editorToken } from '../helpers/test-tokens.js';

/** The bound this file configures (ANALYTICS_MAX_SLICE_TIES), in ties. */
const BOUND = 19;

const FUND_A = { fundingSourceIds: ['planted-fund-a'] }; // 10 projects of one pair each: 10 ties
const FUNDS_A_B = { fundingSourceIds: ['planted-fund-a', 'planted-fund-b'] }; // 20
const FROM_2020 = { activeFrom: 2020 }; // all 30 projects: 30

const ANALYTICS = gql`
  query ($filter: NetworkFilter) {
    networkAnalytics(filter: $filter) {
      current
      shape {
        organisations
        ties
      }
    }
  }
`;

// Every analytics field that analyses a slice on demand, with the filter as $filter.
const SLICE_FIELDS: Record<string, string> = {
  networkAnalytics: ANALYTICS,
  groupedNetwork: gql`
    query ($filter: NetworkFilter) {
      groupedNetwork(filter: $filter, groupBy: COUNTRY) {
        groupCount
      }
    }
  `,
  networkEvolution: gql`
    query ($filter: NetworkFilter) {
      networkEvolution(filter: $filter) {
        periods {
          fromYear
        }
      }
    }
  `,
  'Organisation.networkMetrics': gql`
    query ($filter: NetworkFilter) {
      organisation(id: "planted-a1") {
        networkMetrics(filter: $filter) {
          degree
        }
      }
    }
  `,
  'partnershipNetwork(group:)': gql`
    query ($filter: NetworkFilter) {
      partnershipNetwork(filter: $filter, group: { groupBy: COUNTRY, id: "DE" }) {
        nodes {
          id
        }
      }
    }
  `,
};

interface Answer {
  current: boolean;
  shape: { organisations: number; ties: number };
}

async function analytics(
  client: GraphQLClient,
  filter: Record<string, unknown> | null,
): Promise<Answer> {
  return (await client.request<{ networkAnalytics: Answer }>(ANALYTICS, { filter }))
    .networkAnalytics;
}

async function refusalOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => new Error('expected a refusal'),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ClientError);
  const [first] = (error as ClientError).response.errors ?? [];
  return {
    code: first?.extensions?.code,
    argument: first?.extensions?.argument,
    message: first?.message,
  };
}

// The bound on slices analysed on demand, configured small (as
// ANALYTICS_MAX_SLICE_TIES would) so that a slice over it is easy to plant.
describe('a filtered slice over the analysis bound', () => {
  let graph: GraphClient;
  let api: TestService;
  let editor: GraphQLClient;

  beforeAll(async () => {
    graph = openTestGraph();
    await resetGraph(graph);
    await importDatasets(graph, [plantedNetworkDataset()]);
    api = await startTestService(graph, { analytics: { maxSliceTies: BOUND } });
    editor = new GraphQLClient(`${api.url}/graphql`, {
      headers: { authorization: `Bearer ${await editorToken()}` },
    });
  });

  afterAll(async () => {
    await api?.stop();
    await graph?.driver.close();
  });

  it('is refused by every analytics field with BAD_USER_INPUT naming the filter, the size and the bound', async () => {
    const before = await graphChecksum(graph);
    for (const [field, document] of Object.entries(SLICE_FIELDS)) {
      for (const [filter, ties] of [
        [FUNDS_A_B, 20],
        [FROM_2020, 30],
      ] as const) {
        const refused = await refusalOf(api.client.request(document, { filter }));
        expect(refused, field).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter' });
        expect(refused.message, field).toContain(`up to ${ties} ties`);
        expect(refused.message, field).toContain(`at most ${BOUND}`);
      }
    }
    expect(await graphChecksum(graph)).toBe(before);
  });

  it('answers slices within the bound and the whole network, which it does not bound', async () => {
    expect((await analytics(api.client, FUND_A)).shape).toEqual({ organisations: 5, ties: 10 });
    expect((await analytics(api.client, null)).shape).toEqual({ organisations: 11, ties: 30 });
  });

  it('caches no refusal: once a write shrinks the slice under the bound, it is answered', async () => {
    // Asked twice, refused twice: the first refusal left no answer behind.
    for (let i = 0; i < 2; i += 1) {
      expect((await refusalOf(analytics(api.client, FUNDS_A_B))).code).toBe('BAD_USER_INPUT');
    }
    // planted-project-00 is a2's only project with a1: without a2 the slice has 19 pairs.
    await editor.request(gql`
      mutation {
        removeParticipation(
          input: { organisationId: "planted-a2", projectId: "planted-project-00", role: PARTNER }
        )
      }
    `);
    expect(await analytics(api.client, FUNDS_A_B)).toEqual({
      current: true,
      shape: { organisations: 10, ties: 19 },
    });
    // The other answers moved on with the write too.
    expect((await analytics(api.client, FUND_A)).shape).toEqual({ organisations: 5, ties: 9 });
    expect((await analytics(api.client, null)).shape).toEqual({ organisations: 11, ties: 29 });
  });
});
