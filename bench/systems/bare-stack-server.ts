import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { listenOnLoopback } from './listen-on-loopback.js';
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
  await apollo.start();
  const app = express();
  app.disable('x-powered-by');
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async () => ({}) }),
  );
  const server = http.createServer(app);
  return {
    url: await listenOnLoopback(server),
    pid: process.pid,
    stop: async () => {
      await apollo.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
