import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { serveApolloOnExpress } from './apollo-on-express.js';
import type { RunningSystem } from './running-system.js';

/**
 * The bare stack: Apollo Server 5 on Express 5 set up as our service and the
 * library are (JSON body parser, the Express integration, introspection off),
 * over a one-field schema and no database. What the stack costs by itself;
 * it answers only the `{ __typename }` shape.
 */
export async function startBareStack(): Promise<RunningSystem> {
  const apollo = new ApolloServer({
    typeDefs: 'type Query { ok: Boolean }',
    resolvers: { Query: { ok: () => true } },
    introspection: false,
    plugins: [ApolloServerPluginCacheControlDisabled()],
  });
  return serveApolloOnExpress(apollo);
}
