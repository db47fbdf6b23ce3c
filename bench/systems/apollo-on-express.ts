import http from 'node:http';
import type { ApolloServer, BaseContext } from '@apollo/server';
import { expressMiddleware, type ExpressContextFunctionArgument } from '@as-integrations/express5';
import express from 'express';
import { listenOnLoopback } from './listen-on-loopback.js';
import type { RunningSystem } from './running-system.js';

export interface ApolloOnExpressOptions<Context extends BaseContext> {
  /** Each request's context. */
  context: (argument: ExpressContextFunctionArgument) => Promise<Context>;
  /** Runs after the server has stopped (e.g. closes a database driver of the system's own). */
  close?: () => Promise<void>;
}

/**
 * Serves an Apollo Server at /graphql on Express 5 as our service does (a
 * JSON body parser of 1 MB, the Express integration, no x-powered-by) on a
 * free loopback port.
 */
export async function serveApolloOnExpress<Context extends BaseContext>(
  apollo: ApolloServer<Context>,
  options: ApolloOnExpressOptions<Context>,
): Promise<RunningSystem> {
  await apollo.start();
  const app = express();
  app.disable('x-powered-by');
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: options.context }),
  );
  const server = http.createServer(app);
  return {
    url: await listenOnLoopback(server),
    pid: process.pid,
    stop: async () => {
      await apollo.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await options.close?.();
    },
  };
}
