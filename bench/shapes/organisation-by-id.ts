import { list, obj, type Fixtures, type Shape, requestFor } from './shape.js';

const OURS = `query Organisation($id: ID!) {
  organisation(id: $id) { id name country { code name } }
}`;

// The library's generated list field, filtered by id.
const NEO4J_GRAPHQL = `query Organisation($id: ID!) {
  organisations(where: { id: { eq: $id } }) { id name country { code name } }
}`;

/** One organisation by id with its country: the smallest read of the database. Two levels. */
export function organisationById(fixtures: Fixtures): Shape {
  return {
    name: 'organisation-by-id',
    title: 'One organisation by id, with its country',
    nested: false,
    levels: 2,
    request(system) {
      const variables = { id: fixtures.hubOrganisationId };
      return requestFor(
        system,
        'organisation-by-id',
        { ours: OURS, neo4jGraphql: NEO4J_GRAPHQL },
        variables,
      );
    },
    canonical(system, data) {
      if (system !== 'neo4j-graphql') return data;
      const found = obj(list(obj(data).organisations)[0]);
      return {
        organisation: {
          id: found.id,
          name: found.name,
          country: list(found.country)[0] ?? null,
        },
      };
    },
  };
}
