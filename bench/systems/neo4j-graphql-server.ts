import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Neo4jSettings } from '../bench-graph.js';
import { benchCypher } from '../bench-cypher.js';
import { createDriver } from '../../src/graph/create-driver.js';
import { countingDriver } from './counting-driver.js';
import { neo4jGraphqlTypeDefs } from './neo4j-graphql-type-defs.js';
import { serveApolloOnExpress } from './apollo-on-express.js';
import type { RunningSystem } from './running-system.js';

/**
 * The Neo4j GraphQL Library over the same graph, on Apollo Server with
 * Express 5 as our service is: each request is compiled into Cypher by the
 * library. Statements are counted at the driver and reported per request in
 * the `x-db-statements` header (exact while requests do not overlap, as in
 * the harness's checks).
 */
export async function startNeo4jGraphql(settings: Neo4jSettings): Promise<RunningSystem> {
  const counter = { statements: 0 };
  const baseDriver = createDriver(settings);
  const driver = countingDriver(baseDriver, () => {
    counter.statements += 1;
  });
  const library = new Neo4jGraphQL({
    typeDefs: neo4jGraphqlTypeDefs(benchCypher()),
    driver,
    features: {
      excludeDeprecatedFields: {
        mutationOperations: true,
        aggregationFilters: true,
        aggregationFiltersOutsideConnection: true,
        relationshipFilters: true,
        attributeFilters: true,
      },
    },
  });
  const statementsHeader: ApolloServerPlugin = {
    async requestDidStart() {
      const before = counter.statements;
      return {
        async willSendResponse({ response }) {
          response.http.headers.set('x-db-statements', String(counter.statements - before));
        },
      };
    },
  };
  const apollo = new ApolloServer({
    schema: await library.getSchema(),
    introspection: false,
    plugins: [statementsHeader],
  });
  return serveApolloOnExpress(apollo, {
    context: async () => ({}),
    close: () => baseDriver.close(),
  });
}
