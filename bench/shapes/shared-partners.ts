import { list, obj, roleEnum, type Shape, requestFor } from './shape.js';

const OURS = `query SharedPartners($projectIds: [ID!]!) {
  sharedPartners(projectIds: $projectIds) {
    organisation { id name }
    projectCount
    participations { role project { id name } }
  }
}`;

// No root field for this question: a @cypher query field finds the
// organisations, and the library's own connection filter their roles.
const NEO4J_GRAPHQL = `query SharedPartners($projectIds: [ID!]!) {
  sharedPartners(projectIds: $projectIds) {
    id
    name
    projectCountAmong(projectIds: $projectIds)
    participationsConnection(
      where: { node: { id: { in: $projectIds } } }
      sort: [{ node: { startDate: ASC } }, { node: { id: ASC } }, { edge: { role: ASC } }, { edge: { task: ASC } }]
    ) {
      edges { properties { role } node { id name } }
    }
  }
}`;

/** Organisations in every one of the given projects, with their roles there. Three levels. */
export function sharedPartners(name: string, title: string, projectIds: readonly string[]): Shape {
  return {
    name,
    title,
    nested: false,
    levels: 3,
    request(system) {
      const variables = { projectIds };
      return requestFor(
        system,
        'shared-partners',
        { ours: OURS, neo4jGraphql: NEO4J_GRAPHQL },
        variables,
      );
    },
    canonical(system, data) {
      if (system !== 'neo4j-graphql') return data;
      return {
        sharedPartners: list(obj(data).sharedPartners).map((o) => ({
          organisation: { id: obj(o).id, name: obj(o).name },
          projectCount: obj(o).projectCountAmong,
          participations: list(obj(obj(o).participationsConnection).edges).map((e) => ({
            role: roleEnum(obj(obj(e).properties).role),
            project: obj(obj(e).node),
          })),
        })),
      };
    },
  };
}
