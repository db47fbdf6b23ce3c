import { list, obj, roleEnum, sortedBy, type Fixtures, type Shape, requestFor } from './shape.js';

/** One page holds every project of the chosen funder. */
const FIRST = 100;
const PARTNERS = 50;

const OURS = `query WideFanOut($funder: ID!, $first: Int!, $partners: Int!) {
  fundingSource(id: $funder) {
    id
    name
    grants(first: $first) {
      totalCount
      nodes {
        amountEur
        project {
          id
          name
          participations(first: $partners) { nodes { role organisation { id name } } }
        }
      }
    }
  }
}`;

const NEO4J_GRAPHQL = `query WideFanOut($funder: ID!, $first: Int!, $partners: Int!) {
  fundingSources(where: { id: { eq: $funder } }) {
    id
    name
    projectsConnection(
      first: $first
      sort: [{ edge: { amountEur: DESC } }, { node: { name: ASC } }, { node: { id: ASC } }]
    ) {
      totalCount
      edges {
        properties { amountEur }
        node {
          id
          name
          partnersConnection(first: $partners) { edges { properties { role } node { id name } } }
        }
      }
    }
  }
}`;

function sortPartners(partners: unknown[]): unknown[] {
  return sortedBy(partners, (p) => `${String(obj(obj(p).organisation).id)}|${String(obj(p).role)}`);
}

/** All projects of one funder (up to a page of 100) with all their partners. Five levels. */
export function wideFanOut(fixtures: Fixtures): Shape {
  return {
    name: 'wide-fan-out',
    title: 'Wide fan-out: a funder’s projects with all partners',
    nested: true,
    levels: 5,
    request(system) {
      const variables = { funder: fixtures.funderId, first: FIRST, partners: PARTNERS };
      return requestFor(
        system,
        'wide-fan-out',
        { ours: OURS, neo4jGraphql: NEO4J_GRAPHQL },
        variables,
      );
    },
    canonical(system, data) {
      if (system === 'neo4j-graphql') {
        const funder = obj(list(obj(data).fundingSources)[0]);
        const grants = obj(funder.projectsConnection);
        return {
          fundingSource: {
            id: funder.id,
            name: funder.name,
            grants: {
              totalCount: grants.totalCount,
              nodes: list(grants.edges).map((e) => {
                const project = obj(obj(e).node);
                return {
                  amountEur: obj(obj(e).properties).amountEur,
                  project: {
                    id: project.id,
                    name: project.name,
                    participations: {
                      nodes: sortPartners(
                        list(obj(project.partnersConnection).edges).map((pe) => ({
                          role: roleEnum(obj(obj(pe).properties).role),
                          organisation: obj(obj(pe).node),
                        })),
                      ),
                    },
                  },
                };
              }),
            },
          },
        };
      }
      const funder = obj(obj(data).fundingSource);
      const grants = obj(funder.grants);
      return {
        fundingSource: {
          ...funder,
          grants: {
            ...grants,
            nodes: list(grants.nodes).map((g) => {
              const project = obj(obj(g).project);
              return {
                ...obj(g),
                project: {
                  ...project,
                  participations: { nodes: sortPartners(list(obj(project.participations).nodes)) },
                },
              };
            }),
          },
        },
      };
    },
  };
}
