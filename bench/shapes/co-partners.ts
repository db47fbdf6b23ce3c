import { list, obj, type Fixtures, type Shape, requestFor } from './shape.js';

const FIRST = 20;

const OURS = `query CoPartners($hub: ID!, $first: Int!) {
  coPartners(organisationId: $hub, first: $first) {
    organisation { id name country { code } }
    sharedProjectCount
  }
}`;

// @cypher fields: the co-partners as Organisation nodes (so `country` is the
// library's own relationship field) and the weight of each tie.
const NEO4J_GRAPHQL = `query CoPartners($hub: ID!, $first: Int!) {
  coPartners(organisationId: $hub, first: $first) {
    id
    name
    country { code }
    sharedProjectCount(withOrganisation: $hub)
  }
}`;

/** The 20 heaviest co-partners of the organisation with the most projects. Three levels. */
export function coPartners(fixtures: Fixtures): Shape {
  return {
    name: 'co-partners',
    title: 'Co-partners top 20 of a hub organisation',
    nested: false,
    levels: 3,
    request(system) {
      const variables = { hub: fixtures.hubOrganisationId, first: FIRST };
      return requestFor(
        system,
        'co-partners',
        { ours: OURS, neo4jGraphql: NEO4J_GRAPHQL },
        variables,
      );
    },
    canonical(system, data) {
      if (system !== 'neo4j-graphql') return data;
      return {
        coPartners: list(obj(data).coPartners).map((o) => ({
          organisation: {
            id: obj(o).id,
            name: obj(o).name,
            country: list(obj(o).country)[0] ?? null,
          },
          sharedProjectCount: obj(o).sharedProjectCount,
        })),
      };
    },
  };
}
