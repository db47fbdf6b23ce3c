import { obj, type Shape, requestFor } from './shape.js';

const OURS = `query Totals {
  organisations(first: 0) { totalCount }
  projects(first: 0) { totalCount }
  totals { participationCount totalBudgetEur euContributionEur }
}`;

// The library's own totalCount and aggregates; the count of relationships of
// one type over the whole graph has no generated field, so it is a @cypher one.
const NEO4J_GRAPHQL = `query Totals {
  organisationsConnection { totalCount }
  projectsConnection {
    totalCount
    aggregate { node { totalBudgetEur { sum } euContributionEur { sum } } }
  }
  participationCount
}`;

/** Counts and sums over the whole graph. One level (three root fields). */
export const totals: Shape = {
  name: 'totals',
  title: 'totalCount and aggregates over the whole graph',
  nested: false,
  levels: 1,
  request(system) {
    return requestFor(system, 'totals', { ours: OURS, neo4jGraphql: NEO4J_GRAPHQL }, {});
  },
  canonical(system, data) {
    if (system !== 'neo4j-graphql') return data;
    const projects = obj(obj(data).projectsConnection);
    const sums = obj(obj(projects.aggregate).node);
    return {
      organisations: { totalCount: obj(obj(data).organisationsConnection).totalCount },
      projects: { totalCount: projects.totalCount },
      totals: {
        participationCount: obj(data).participationCount,
        totalBudgetEur: obj(sums.totalBudgetEur).sum,
        euContributionEur: obj(sums.euContributionEur).sum,
      },
    };
  },
};
