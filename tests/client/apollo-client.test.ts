import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  ApolloClient,
  gql,
  HttpLink,
  InMemoryCache,
  type NormalizedCacheObject,
} from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { buildSchema, isInterfaceType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { ParticipationRole } from '../../src/domain/participation-role.js';
import { useSeededService } from '../helpers/seeded-service.js';
import { editorToken } from '../helpers/test-tokens.js';

/**
 * A real front-end client against the service over HTTP: Apollo Client's
 * normalised cache (InMemoryCache) with its HTTP link on Node's fetch, the
 * way an app would set it up from the README.
 */

/** Which types implement Node, from the committed schema (what a code generator would emit). */
let nodeTypes: string[] | undefined;
function possibleNodeTypes(): string[] {
  if (nodeTypes) return nodeTypes;
  const schema = buildSchema(
    readFileSync(path.join(PROJECT_ROOT, 'schema/schema.graphql'), 'utf8'),
  );
  const node = schema.getType('Node');
  if (!isInterfaceType(node)) throw new Error('the schema has no Node interface');
  nodeTypes = schema.getImplementations(node).objects.map((type) => type.name);
  return nodeTypes;
}

/** A client with its own cache, counting the requests it sends over the network. */
function newClient(url: string, headers: Record<string, string> = {}) {
  const sent = { requests: 0 };
  const countingFetch: typeof fetch = (input, init) => {
    sent.requests += 1;
    return fetch(input, init);
  };
  const client = new ApolloClient({
    link: new HttpLink({ uri: `${url}/graphql`, fetch: countingFetch, headers }),
    cache: new InMemoryCache({
      possibleTypes: { Node: possibleNodeTypes() },
      typePolicies: {
        // Countries have no `id`: they are keyed by their ISO code.
        Country: { keyFields: ['code'] },
        // An organisation's participations, page after page, in one list per role filter.
        Organisation: { fields: { participations: relayStylePagination(['role']) } },
      },
    }),
  });
  return { client, sent };
}

const ORGANISATIONS = gql`
  query Organisations($first: Int!) {
    organisations(first: $first) {
      totalCount
      nodes {
        id
        nodeId
        name
        acronym
        country {
          code
          name
        }
      }
    }
  }
`;

const PARTICIPATIONS = gql`
  query Participations($id: ID!, $first: Int!, $after: String) {
    organisation(id: $id) {
      id
      participations(first: $first, after: $after) {
        totalCount
        edges {
          cursor
          node {
            role
            project {
              id
              nodeId
              name
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`;

const NODE = gql`
  query Node($id: ID!) {
    node(id: $id) {
      nodeId
      ... on Organisation {
        id
        name
        acronym
      }
    }
  }
`;

const NODES = gql`
  query Nodes($ids: [ID!]!) {
    nodes(ids: $ids) {
      nodeId
      ... on Organisation {
        id
        name
      }
      ... on Project {
        id
        name
      }
      ... on Country {
        code
        name
      }
    }
  }
`;

const UPDATE_ACRONYM = gql`
  mutation UpdateAcronym($id: ID!, $acronym: String) {
    updateOrganisation(input: { id: $id, acronym: $acronym }) {
      id
      nodeId
      name
      acronym
    }
  }
`;

interface OrganisationRow {
  __typename: 'Organisation';
  id: string;
  nodeId: string;
  name: string;
  acronym: string | null;
  country: { __typename: 'Country'; code: string; name: string } | null;
}

interface OrganisationsData {
  organisations: { totalCount: number; nodes: OrganisationRow[] };
}

interface ParticipationsData {
  organisation: {
    id: string;
    participations: {
      totalCount: number;
      edges: Array<{
        cursor: string;
        node: { role: string; project: { id: string; nodeId: string; name: string } };
      }>;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  };
}

type NamedNode = { __typename: string; nodeId: string; name: string; id?: string; code?: string };

const NAME_AND_ACRONYM = gql`
  fragment NameAndAcronym on Organisation {
    name
    acronym
  }
`;

describe('Apollo Client (normalised cache) against the service over HTTP', () => {
  const seeded = useSeededService();

  /** What the graph holds for a global id's type and key, read straight from Neo4j. */
  async function stored(pairs: Array<{ label: string; key: string }>) {
    const rows = await seeded.graph.read<{
      label: string;
      key: string;
      properties: Record<string, unknown> | null;
    }>('testing/nodes-by-label-and-key', { pairs });
    return new Map(rows.map((row) => [`${row.label}:${row.key}`, row.properties]));
  }

  it('normalises a list page: each organisation is one cache entry, found by type and id', async () => {
    const { client, sent } = newClient(seeded.api.url);
    const { data } = await client.query<OrganisationsData>({
      query: ORGANISATIONS,
      variables: { first: 25 },
    });
    const nodes = data!.organisations.nodes;
    expect(nodes).toHaveLength(25);
    expect(sent.requests).toBe(1);

    const graph = await stored(nodes.map((o) => ({ label: 'Organisation', key: o.id })));
    for (const organisation of nodes) {
      const cacheId = client.cache.identify({ __typename: 'Organisation', id: organisation.id });
      // Apollo's default cache key, `<__typename>:<id>`, is the entity's global id.
      expect(cacheId).toBe(`Organisation:${organisation.id}`);
      expect(cacheId).toBe(organisation.nodeId);
      const entry = client.cache.readFragment<{ name: string; acronym: string | null }>({
        id: cacheId,
        fragment: NAME_AND_ACRONYM,
      });
      expect(entry).toEqual({
        __typename: 'Organisation',
        name: graph.get(organisation.nodeId)?.name,
        acronym: graph.get(organisation.nodeId)?.acronym ?? null,
      });
      if (organisation.country) {
        // The country is its own entry, shared by every organisation in it.
        const country = client.cache.identify({
          __typename: 'Country',
          code: organisation.country.code,
        });
        expect(country).toBe(`Country:{"code":"${organisation.country.code}"}`);
      }
    }
    const cached = client.cache.extract() as NormalizedCacheObject;
    const organisationKeys = Object.keys(cached).filter((key) => key.startsWith('Organisation:'));
    expect(organisationKeys).toHaveLength(25);
  });

  it('pages through an organisation’s participations with `after`, merged into one cached list', async () => {
    const { client, sent } = newClient(seeded.api.url);
    // The organisation with the most participations.
    const { data: all } = await client.query<{
      organisations: {
        nodes: Array<{ id: string; participations: { totalCount: number } }>;
      };
    }>({
      query: gql`
        {
          organisations(first: 100) {
            nodes {
              id
              participations(first: 1) {
                totalCount
              }
            }
          }
        }
      `,
      fetchPolicy: 'no-cache',
    });
    const busiest = [...all!.organisations.nodes].sort(
      (a, b) => b.participations.totalCount - a.participations.totalCount,
    )[0]!;
    const total = busiest.participations.totalCount;
    expect(total).toBeGreaterThanOrEqual(4);
    const size = Math.floor(total / 2);

    const first = await client.query<ParticipationsData>({
      query: PARTICIPATIONS,
      variables: { id: busiest.id, first: size },
    });
    const firstPage = first.data!.organisation.participations;
    expect(firstPage.edges).toHaveLength(size);
    expect(firstPage.pageInfo.hasNextPage).toBe(true);

    // The field policy reads the one list whatever `after` says, so the next page is asked of the network.
    const requests = sent.requests;
    const second = await client.query<ParticipationsData>({
      query: PARTICIPATIONS,
      variables: { id: busiest.id, first: size, after: firstPage.pageInfo.endCursor },
      fetchPolicy: 'network-only',
    });
    expect(sent.requests).toBe(requests + 1);
    // Apollo answers from the cache, where the field policy has merged page two after page one.
    const merged = second.data!.organisation.participations.edges;
    const secondSize = Math.min(size, total - size);
    expect(merged).toHaveLength(size + secondSize);
    expect(merged.slice(0, size)).toEqual(firstPage.edges);
    const secondPage = merged.slice(size);
    const cursors = new Set(firstPage.edges.map((edge) => edge.cursor));
    expect(secondPage.some((edge) => cursors.has(edge.cursor))).toBe(false);

    // The graph's order (oldest project first): page one, then page two, with no gap.
    const order = await seeded.graph.read<{ projectId: string; role: string }>(
      'testing/organisation-participation-order',
      { id: busiest.id },
    );
    expect(order).toHaveLength(total);
    const asRows = (edges: ParticipationsData['organisation']['participations']['edges']) =>
      edges.map((edge) => `${edge.node.project.id}|${edge.node.role}`);
    // The graph stores a role's value ("contributing partner"); GraphQL shows the enum's name.
    const roleName = (value: string) =>
      Object.entries(ParticipationRole).find(([, stored]) => stored === value)?.[0];
    const expected = order.map((row) => `${row.projectId}|${roleName(row.role)}`);
    expect(asRows(firstPage.edges)).toEqual(expected.slice(0, size));
    expect(asRows(secondPage)).toEqual(expected.slice(size, size + secondSize));
    expect(asRows(secondPage)).not.toEqual(asRows(firstPage.edges).slice(0, secondSize));

    // Read again from the cache alone: the one merged list, for the first page's variables too.
    const cachedList = client.readQuery<ParticipationsData>({
      query: PARTICIPATIONS,
      variables: { id: busiest.id, first: size },
    });
    expect(cachedList!.organisation.participations.edges).toEqual(merged);
    // Projects are cache entries of their own, by type and id.
    const project = firstPage.edges[0]!.node.project;
    expect(client.cache.identify({ __typename: 'Project', id: project.id })).toBe(project.nodeId);
  });

  it('refetches an entity by its global id into the same cache entry the list filled', async () => {
    const { client, sent } = newClient(seeded.api.url);
    const { data } = await client.query<OrganisationsData>({
      query: ORGANISATIONS,
      variables: { first: 10 },
    });
    const target = data!.organisations.nodes[3]!;
    const renamed = `${target.name} (renamed outside this client)`;
    await seeded.graph.write('testing/set-organisation-name', { id: target.id, name: renamed });
    try {
      const before = sent.requests;
      const { data: refetched } = await client.query<{ node: NamedNode }>({
        query: NODE,
        variables: { id: target.nodeId },
        fetchPolicy: 'network-only',
      });
      expect(sent.requests).toBe(before + 1);
      expect(refetched!.node).toMatchObject({
        __typename: 'Organisation',
        nodeId: target.nodeId,
        id: target.id,
        name: renamed,
      });
      // The list, read from the cache alone, shows the refetched name: one entry, not two.
      const { data: list } = await client.query<OrganisationsData>({
        query: ORGANISATIONS,
        variables: { first: 10 },
        fetchPolicy: 'cache-only',
      });
      expect(list!.organisations.nodes[3]).toMatchObject({ id: target.id, name: renamed });
      expect(sent.requests).toBe(before + 1);
    } finally {
      await seeded.graph.write('testing/set-organisation-name', {
        id: target.id,
        name: target.name,
      });
    }
  });

  it('an editor’s mutation updates the cached entity: the earlier list shows it without a request', async () => {
    const token = await editorToken('cache-editor');
    const { client, sent } = newClient(seeded.api.url, { authorization: `Bearer ${token}` });
    const { data } = await client.query<OrganisationsData>({
      query: ORGANISATIONS,
      variables: { first: 10 },
    });
    const target = data!.organisations.nodes.find((o) => o.acronym !== 'CACHE')!;
    const acronym = 'CACHE';

    const { data: edited } = await client.mutate<{ updateOrganisation: OrganisationRow }>({
      mutation: UPDATE_ACRONYM,
      variables: { id: target.id, acronym },
    });
    expect(edited!.updateOrganisation).toMatchObject({ id: target.id, acronym });
    const afterMutation = sent.requests;

    const { data: list } = await client.query<OrganisationsData>({
      query: ORGANISATIONS,
      variables: { first: 10 },
      fetchPolicy: 'cache-only',
    });
    expect(sent.requests).toBe(afterMutation);
    const shown = list!.organisations.nodes.find((o) => o.id === target.id);
    expect(shown).toMatchObject({ id: target.id, acronym });
    // The graph holds what the cache shows.
    const graph = await stored([{ label: 'Organisation', key: target.id }]);
    expect(graph.get(`Organisation:${target.id}`)?.acronym).toBe(acronym);
  });

  it('20 clients at once refetch 50 entities by global id: each gets them in order, as stored', async () => {
    const { client } = newClient(seeded.api.url);
    const { data } = await client.query<{
      organisations: { nodes: Array<{ nodeId: string }> };
      projects: { nodes: Array<{ nodeId: string }> };
      countries: { nodes: Array<{ nodeId: string }> };
    }>({
      query: gql`
        {
          organisations(first: 28) {
            nodes {
              nodeId
            }
          }
          projects(first: 15) {
            nodes {
              nodeId
            }
          }
          countries(first: 5) {
            nodes {
              nodeId
              code
            }
          }
        }
      `,
    });
    const lists = [data!.countries.nodes, data!.projects.nodes, data!.organisations.nodes];
    const found = lists.flat().map((node) => node.nodeId);
    expect(found.length, `lists of ${lists.map((list) => list.length).join(', ')}`).toBe(48);
    const ids = [...found, 'Organisation:no-such-body', 'Country:ZZ'];

    const graph = await stored(
      ids.map((id) => {
        const [label, ...key] = id.split(':');
        return { label: label!, key: key.join(':') };
      }),
    );

    const clients = Array.from({ length: 20 }, () => newClient(seeded.api.url));
    const answers = await Promise.all(
      clients.map(({ client: each }, i) =>
        each.query<{ nodes: Array<NamedNode | null> }>({
          query: NODES,
          // Each client asks in its own order.
          variables: { ids: [...ids.slice(i), ...ids.slice(0, i)] },
          fetchPolicy: 'network-only',
        }),
      ),
    );
    answers.forEach(({ data: answer }, i) => {
      const asked = [...ids.slice(i), ...ids.slice(0, i)];
      expect(answer!.nodes.map((node) => node?.nodeId ?? null)).toEqual(
        asked.map((id) => (graph.get(id) ? id : null)),
      );
      for (const node of answer!.nodes) {
        if (node) expect(node.name).toBe(graph.get(node.nodeId)?.name);
      }
      // Each client's cache holds the entities under their usual keys.
      const cache = clients[i]!.client.cache.extract() as NormalizedCacheObject;
      expect(Object.keys(cache).filter((key) => key !== 'ROOT_QUERY')).toHaveLength(48);
      const country = asked.find((id) => id.startsWith('Country:') && graph.get(id))!;
      expect(cache[`Country:{"code":"${country.slice('Country:'.length)}"}`]).toBeDefined();
    });
  });
});
