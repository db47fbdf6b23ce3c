import { list, obj, roleEnum, type Fixtures, type Shape, requestFor } from './shape.js';

const MAX_HOPS = 4;

const OURS = `query Connection($from: ID!, $to: ID!, $maxHops: Int!) {
  connection(fromId: $from, toId: $to, maxHops: $maxHops) {
    hops
    steps { from { id name } fromRole project { id name } toRole to { id name } }
  }
}`;

// A @cypher query field returning a map of scalars (nested node types are not
// resolved inside a @cypher field's plain object type).
const NEO4J_GRAPHQL = `query Connection($from: ID!, $to: ID!, $maxHops: Int!) {
  connection(fromId: $from, toId: $to, maxHops: $maxHops) {
    hops
    steps { fromId fromName fromRole projectId projectName toRole toId toName }
  }
}`;

/** The shortest chain between two far-apart organisations. Three levels. */
export function connection(fixtures: Fixtures): Shape {
  return {
    name: 'connection',
    title: 'Connection (shortest path) between two far organisations',
    nested: false,
    levels: 3,
    request(system) {
      const variables = { from: fixtures.farFromId, to: fixtures.farToId, maxHops: MAX_HOPS };
      return requestFor(
        system,
        'connection',
        { ours: OURS, neo4jGraphql: NEO4J_GRAPHQL },
        variables,
      );
    },
    canonical(system, data) {
      if (system !== 'neo4j-graphql') return data;
      const path = obj(data).connection;
      if (path === null || path === undefined) return { connection: null };
      return {
        connection: {
          hops: obj(path).hops,
          steps: list(obj(path).steps).map((s) => {
            const step = obj(s);
            return {
              from: { id: step.fromId, name: step.fromName },
              fromRole: roleEnum(step.fromRole),
              project: { id: step.projectId, name: step.projectName },
              toRole: roleEnum(step.toRole),
              to: { id: step.toId, name: step.toName },
            };
          }),
        },
      };
    },
  };
}
