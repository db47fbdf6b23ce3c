import { gql } from 'graphql-request';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasUtf8Bom, parseCsv, parseGraphML } from '../helpers/export-parsers.js';
import { apiNetwork, exportQuery, type ApiNetwork } from '../helpers/network-api.js';
import { useSeededService } from '../helpers/seeded-service.js';
import {
  apiNodeMetrics,
  csvMetricColumns,
  graphmlMetricData,
  type ApiNodeMetrics,
} from '../helpers/node-metrics-api.js';

/** Filters of `partnershipNetwork`, each exported and compared with the API's answer. */
const FILTERS: Array<Record<string, unknown>> = [
  {},
  { countryCodes: ['DE', 'LV'] },
  { countryCodes: ['DE', 'LV'], activeFrom: 2015, minWeight: 2 },
  { projectIds: ['macro-regional-risk-scenarios', 'from-gaps-to-caps'], minWeight: 2 },
  { fundingSourceIds: ['dg-echo'] },
  { activeFrom: 2015, activeTo: 2017 },
];

const edgeKey = (source: string, target: string) => `${source}|${target}`;

// The exports over real HTTP against the seeded graph: each format holds exactly what
// `partnershipNetwork` returns for the same filter.
describe('network and partner-list exports', () => {
  const seeded = useSeededService();

  const get = (path: string) => fetch(`${seeded.api.url}${path}`);

  it('the unfiltered network has ties, so the comparisons below compare something', async () => {
    const network = await apiNetwork(seeded.api.client);
    expect(network.nodes.length).toBeGreaterThan(10);
    expect(network.edges.length).toBeGreaterThan(10);
  });

  describe.each(FILTERS)('filter %j', (filter) => {
    let expected: ApiNetwork;
    let metrics: Array<ApiNodeMetrics | null>;
    beforeAll(async () => {
      expected = await apiNetwork(seeded.api.client, filter);
      metrics = await apiNodeMetrics(seeded.api.client, filter);
    });

    it('every node has its analytics', () => {
      expect(metrics).toHaveLength(expected.nodes.length);
      expect(metrics.every((row) => row !== null && row.pageRank > 0)).toBe(true);
    });

    it('GraphML: typed keys, and the same nodes and edges with their data', async () => {
      const response = await get(`/exports/network.graphml${exportQuery(filter)}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/graphml\+xml/);
      expect(response.headers.get('content-disposition')).toBe(
        'attachment; filename="network.graphml"',
      );
      const parsed = parseGraphML(await response.text());
      expect(parsed.namespace).toBe('http://graphml.graphdrawing.org/xmlns');
      expect(parsed.edgeDefault).toBe('undirected');
      expect(Object.fromEntries(parsed.keys)).toMatchObject({
        name: { for: 'node', name: 'name', type: 'string' },
        country: { for: 'node', name: 'country', type: 'string' },
        kind: { for: 'node', name: 'kind', type: 'string' },
        projectCount: { for: 'node', name: 'projectCount', type: 'int' },
        weight: { for: 'edge', name: 'weight', type: 'double' },
        projectIds: { for: 'edge', name: 'projectIds', type: 'string' },
        pageRank: { for: 'node', name: 'pageRank', type: 'double' },
        betweenness: { for: 'node', name: 'betweenness', type: 'double' },
        brokerScore: { for: 'node', name: 'brokerScore', type: 'double' },
        community: { for: 'node', name: 'community', type: 'int' },
        degree: { for: 'node', name: 'degree', type: 'int' },
        weightedDegree: { for: 'node', name: 'weightedDegree', type: 'int' },
      });

      expect(parsed.nodes).toHaveLength(expected.nodes.length);
      expect(parsed.edges).toHaveLength(expected.edges.length);
      const nodes = new Map(parsed.nodes.map((node) => [node.id, node.data]));
      for (const [index, node] of expected.nodes.entries()) {
        expect(nodes.get(node.id)).toEqual({
          ...graphmlMetricData(metrics[index] ?? null),
          label: node.name,
          name: node.name,
          ...(node.acronym === null ? {} : { acronym: node.acronym }),
          ...(node.countryCode === null ? {} : { country: node.countryCode }),
          kind: node.kind,
          projectCount: String(node.projectCount),
        });
      }
      const edges = new Map(
        parsed.edges.map((edge) => [edgeKey(edge.source, edge.target), edge.data]),
      );
      for (const edge of expected.edges) {
        expect(edges.get(edgeKey(edge.source, edge.target))).toEqual({
          weight: String(edge.weight),
          projectIds: edge.projectIds.join(';'),
        });
      }
    });

    it('CSV: one row per node and per edge, Gephi column names, UTF-8 with a BOM', async () => {
      const nodesResponse = await get(`/exports/network-nodes.csv${exportQuery(filter)}`);
      const edgesResponse = await get(`/exports/network-edges.csv${exportQuery(filter)}`);
      expect(nodesResponse.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(edgesResponse.headers.get('content-disposition')).toBe(
        'attachment; filename="network-edges.csv"',
      );
      const nodeBytes = new Uint8Array(await nodesResponse.arrayBuffer());
      const edgeBytes = new Uint8Array(await edgesResponse.arrayBuffer());
      expect(hasUtf8Bom(nodeBytes)).toBe(true);
      expect(hasUtf8Bom(edgeBytes)).toBe(true);

      const nodeRows = parseCsv(Buffer.from(nodeBytes));
      expect(nodeRows).toEqual(
        expected.nodes.map((node, index) => ({
          ...csvMetricColumns(metrics[index] ?? null),
          Id: node.id,
          Label: node.name,
          Acronym: node.acronym ?? '',
          Country: node.countryCode ?? '',
          Kind: node.kind,
          ProjectCount: String(node.projectCount),
        })),
      );
      const edgeRows = parseCsv(Buffer.from(edgeBytes));
      expect(edgeRows).toEqual(
        expected.edges.map((edge) => ({
          Source: edge.source,
          Target: edge.target,
          Type: 'Undirected',
          Weight: String(edge.weight),
          ProjectIds: edge.projectIds.join(';'),
        })),
      );
    });

    it('JSON: the API answer itself, with the filter it was asked for', async () => {
      const response = await get(`/exports/network.json${exportQuery(filter)}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('x-network-truncated')).toBe(String(expected.truncated));
      const body = (await response.json()) as ApiNetwork & { filter: unknown };
      expect(body.filter).toEqual(filter);
      expect(body.nodes).toEqual(expected.nodes);
      expect(body.edges).toEqual(expected.edges);
      expect(body.projectCount).toBe(expected.projectCount);
    });
  });

  it('lists may be comma-separated or repeated; country codes in any case', async () => {
    const comma = (await (
      await get('/exports/network.json?countryCodes=DE,LV,EE')
    ).json()) as ApiNetwork;
    const repeated = (await (
      await get('/exports/network.json?countryCodes=de&countryCodes=LV&countryCodes=ee')
    ).json()) as ApiNetwork;
    expect(repeated.nodes).toEqual(comma.nodes);
    expect(comma.nodes.map((node) => node.countryCode).sort()).toEqual(['DE', 'EE', 'LV']);
  });

  it('maxEdges keeps the heaviest edges and says so in a header', async () => {
    const response = await get('/exports/network-edges.csv?maxEdges=3');
    expect(response.headers.get('x-network-truncated')).toBe('true');
    const rows = parseCsv(Buffer.from(await response.arrayBuffer()));
    expect(rows).toHaveLength(3);
    const heaviest = (await apiNetwork(seeded.api.client)).edges[0];
    expect(rows[0]).toMatchObject({ Source: heaviest?.source, Target: heaviest?.target });
  });

  it.each([
    ['activeFrom=abc', 'activeFrom'],
    ['activeTo=2015.5', 'activeTo'],
    ['minWeight=0', 'minWeight'],
    ['maxEdges=50001', 'maxEdges'],
    ['countryCodes=Germany', 'countryCodes'],
    ['projectIds=no-such-project', 'projectIds'],
    ['fundingSourceIds=no-such-funder', 'fundingSourceIds'],
    ['policyAreaIds=no-such-area', 'policyAreaIds'],
    ['countryCode=DE', 'countryCode'],
  ])('an invalid filter (%s) is a 400 naming the parameter', async (query, parameter) => {
    for (const file of ['network.graphml', 'network-nodes.csv', 'network.json']) {
      const response = await get(`/exports/${file}?${query}`);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const body = (await response.json()) as {
        error: { code: string; message: string; parameter: string };
        requestId: string;
      };
      expect(body.error).toMatchObject({ code: 'BAD_USER_INPUT', parameter });
      expect(body.error.message).toContain(`"${parameter}"`);
      expect(body.requestId).toBe(response.headers.get('x-request-id'));
    }
  });

  describe('a project partner list', () => {
    interface ApiParticipation {
      role: string;
      task: string | null;
      organisation: { id: string; name: string; country: { code: string } | null };
    }

    it('has one row per role of each partner, as the API lists them', async () => {
      const data = await seeded.api.client.request<{
        project: { participations: { nodes: ApiParticipation[] } };
      }>(gql`
        {
          project(id: "from-gaps-to-caps") {
            participations(first: 100) {
              nodes {
                role
                task
                organisation {
                  id
                  name
                  country {
                    code
                  }
                }
              }
            }
          }
        }
      `);
      const response = await get('/exports/projects/from-gaps-to-caps/partners.csv');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toBe(
        'attachment; filename="from-gaps-to-caps-partners.csv"',
      );
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect(hasUtf8Bom(bytes)).toBe(true);
      const rows = parseCsv(Buffer.from(bytes));
      expect(Object.keys(rows[0] ?? {})).toEqual([
        'projectId',
        'projectAcronym',
        'projectName',
        'organisationId',
        'organisation',
        'acronym',
        'country',
        'countryName',
        'city',
        'kind',
        'role',
        'task',
        'note',
      ]);
      expect(
        rows.map((row) => [row.organisationId, row.organisation, row.country, row.role, row.task]),
      ).toEqual(
        data.project.participations.nodes.map((edge) => [
          edge.organisation.id,
          edge.organisation.name,
          edge.organisation.country?.code ?? '',
          edge.role,
          edge.task ?? '',
        ]),
      );
      const hamburg = rows.filter((row) => row.organisationId === 'hamburg-fire-rescue-service');
      expect(hamburg.map((row) => [row.role, row.task])).toEqual(
        expect.arrayContaining([
          ['PARTNER', ''],
          ['TASK_LEADER', 'D'],
        ]),
      );
      expect(hamburg[0]).toMatchObject({
        projectName: 'From Gaps to Caps',
        organisation: 'Hamburg Fire and Rescue Service',
        country: 'DE',
        countryName: 'Germany',
        city: 'Hamburg',
        kind: 'RESCUE_SERVICE',
      });
      expect(rows.map((row) => row.organisation)).toContain(
        'Frederikssund-Halsnæs Fire & Rescue Service',
      );
    });

    it('an unknown project is a 404 with a JSON error', async () => {
      for (const id of ['no-such-project', '..%2F..%2Fetc']) {
        const response = await get(`/exports/projects/${id}/partners.csv`);
        expect(response.status).toBe(404);
        const body = (await response.json()) as { error: { code: string; message: string } };
        expect(body.error.code).toBe('NOT_FOUND');
      }
    });
  });
});
