import { list, obj, roleEnum, sortedBy, type Json, type Shape, requestFor } from './shape.js';

const FIRST = 20;
const PROJECTS = 5;
/** More than any project has (at most 40): every partner. */
const PARTNERS = 50;

const OURS = `query DeepNested($first: Int!, $projects: Int!, $partners: Int!) {
  organisations(first: $first) {
    nodes {
      id
      name
      participations(first: $projects) {
        nodes {
          role
          project {
            id
            name
            startDate
            participations(first: $partners) {
              nodes { role organisation { id name country { code name } } }
            }
          }
        }
      }
    }
  }
}`;

const NEO4J_GRAPHQL = `query DeepNested($first: Int!, $projects: Int!, $partners: Int!) {
  organisations(limit: $first, sort: [{ name: ASC }, { id: ASC }]) {
    id
    name
    participationsConnection(
      first: $projects
      sort: [{ node: { startDate: ASC } }, { node: { name: ASC } }, { edge: { role: ASC } }]
    ) {
      edges {
        properties { role }
        node {
          id
          name
          startDate
          partnersConnection(first: $partners) {
            edges { properties { role } node { id name country { code name } } }
          }
        }
      }
    }
  }
}`;

/** Partners sorted by organisation and role: @neo4j/graphql cannot rank coordinators first. */
function sortPartners(partners: unknown[]): unknown[] {
  return sortedBy(partners, (p) => `${String(obj(obj(p).organisation).id)}|${String(obj(p).role)}`);
}

/**
 * Organisations → their projects → every partner of each → the partner's
 * country: the first 20 organisations by name, the first 5 projects of each
 * (oldest first), all partners. Six levels.
 */
export const deepNested: Shape = {
  name: 'deep-nested',
  title: 'Deep nested: organisations → projects → partners → country',
  nested: true,
  levels: 6,
  request(system) {
    const variables = { first: FIRST, projects: PROJECTS, partners: PARTNERS };
    return requestFor(
      system,
      'deep-nested',
      { ours: OURS, neo4jGraphql: NEO4J_GRAPHQL },
      variables,
    );
  },
  canonical(system, data) {
    if (system === 'neo4j-graphql') {
      return {
        organisations: {
          nodes: list(obj(data).organisations).map((o) => ({
            id: obj(o).id,
            name: obj(o).name,
            participations: {
              nodes: list(obj(obj(o).participationsConnection).edges).map((e) => {
                const project = obj(obj(e).node);
                return {
                  role: roleEnum(obj(obj(e).properties).role),
                  project: {
                    id: project.id,
                    name: project.name,
                    startDate: project.startDate,
                    participations: {
                      nodes: sortPartners(
                        list(obj(project.partnersConnection).edges).map((pe) => {
                          const partner = obj(obj(pe).node);
                          return {
                            role: roleEnum(obj(obj(pe).properties).role),
                            organisation: {
                              id: partner.id,
                              name: partner.name,
                              country: list(partner.country)[0] ?? null,
                            },
                          };
                        }),
                      ),
                    },
                  },
                };
              }),
            },
          })),
        },
      };
    }
    const organisations = obj(obj(data).organisations);
    return {
      organisations: {
        nodes: list(organisations.nodes).map((o) => ({
          ...obj(o),
          participations: {
            nodes: list(obj(obj(o).participations).nodes).map((p) => {
              const project = obj(obj(p).project);
              return {
                ...obj(p),
                project: {
                  ...project,
                  participations: { nodes: sortPartners(list(obj(project.participations).nodes)) },
                },
              };
            }),
          },
        })),
      },
    } satisfies Json;
  },
};
