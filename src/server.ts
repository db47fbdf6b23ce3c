import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import http from 'node:http';
import { bearerToken } from './auth/bearer-token.js';
import { unauthenticated } from './auth/auth-error.js';
import type { TokenVerifier } from './auth/token-verifier.js';
import type { QueryLimits } from './config.js';
import { createContext, type Context } from './context.js';
import type { GraphClient } from './graph/graph-client.js';
import { mountFrontDoor } from './http/front-door.js';
import {
  admissionControl,
  DEFAULT_ADMISSION,
  type AdmissionLimits,
} from './http/admission.middleware.js';
import { healthRoute } from './http/health.route.js';
import { jsonErrorMiddleware } from './http/json-error.middleware.js';
import { maskError } from './http/mask-error.js';
import { queryStatsPlugin, type DebugStatsAudience } from './http/query-stats.plugin.js';
import { readyRoute } from './http/ready.route.js';
import { requestLogPlugin } from './http/request-log.plugin.js';
import { queryLimitsPlugin } from './limits/query-limits.plugin.js';
import type { Logger } from './logger.js';
import { buildGraphQLSchema } from './schema.js';

export interface ServiceOptions {
  graph: GraphClient;
  logger: Logger;
  bodyLimit: string;
  introspection: boolean;
  /** false: loaders query once per parent (the naive N+1 baseline, for measurements). */
  batching?: boolean;
  /** Checks bearer tokens; without one, every token is refused. */
  verifyToken?: TokenVerifier;
  /** true: reads need a valid token too (mutations always need the editor role). */
  readsNeedToken?: boolean;
  limits?: QueryLimits;
  /** Requests run at once and waiting (for /graphql and the exports). */
  admission?: AdmissionLimits;
  /** How long a /ready answer is reused. */
  readyCacheMs?: number;
  /** Who gets `x-debug-stats` statistics; default `editors`. */
  debugStats?: DebugStatsAudience;
}

export const DEFAULT_LIMITS: QueryLimits = {
  depth: 12,
  cost: 50_000,
  aliases: 30,
  tokens: 5_000,
  fields: 2_000,
};

/** The HTTP service: GraphQL at /graphql, /health and /ready; start and stop. */
export interface Service {
  app: express.Express;
  httpServer: Server;
  /** Listens and resolves with the bound port (pass 0 for any free port). */
  listen(port: number, host?: string): Promise<number>;
  /** Readiness goes false, in-flight requests finish, the server closes. */
  stop(): Promise<void>;
}

/**
 * Wires Express 5 and Apollo Server: a JSON body limit of our own, a fresh
 * context (loaders, counters) per request, health and readiness endpoints.
 * The database driver is the caller's, and so is closing it.
 */
const refuseAllTokens: TokenVerifier = async () => {
  throw unauthenticated('This service is not configured to accept tokens.');
};

export async function createService(options: ServiceOptions): Promise<Service> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  let shuttingDown = false;

  const limits = options.limits ?? DEFAULT_LIMITS;
  const apollo = new ApolloServer<Context>({
    schema: await buildGraphQLSchema(),
    introspection: options.introspection,
    // Without introspection, "Did you mean …" in validation errors would name the schema's fields.
    hideSchemaDetailsFromClientErrors: !options.introspection,
    includeStacktraceInErrorResponses: false,
    formatError: maskError,
    // The parser stops at this many tokens, before any other work.
    parseOptions: { maxTokens: limits.tokens },
    // One operation per request: a batch would multiply every other limit.
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    plugins: [
      requestLogPlugin(options.logger),
      queryLimitsPlugin(limits, { hideSchemaDetails: !options.introspection }),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are set; without this plugin Apollo wraps every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      queryStatsPlugin(options.debugStats ?? 'editors'),
    ],
  });
  await apollo.start();

  app.get('/health', healthRoute(Date.now()));
  app.get(
    '/ready',
    readyRoute(options.graph.driver, options.graph.database, () => shuttingDown),
  );
  // One way to turn a request into a context: /graphql and the exports alike
  // (bearer token, AUTH_READS, loaders, counters).
  const contextFor = async (req: express.Request, requestId: string): Promise<Context> => {
    const token = bearerToken(req.header('authorization'));
    if (token === undefined && options.readsNeedToken) {
      throw unauthenticated('This service needs a bearer token (Authorization: Bearer <jwt>).');
    }
    const user =
      token === undefined ? undefined : await (options.verifyToken ?? refuseAllTokens)(token);
    return createContext(options.graph, {
      requestId,
      user,
      loaderOptions: { batch: options.batching ?? true },
    });
  };
  // Before the front door: its exports run GraphQL operations too.
  app.use(['/graphql', '/exports'], admissionControl(options.admission ?? DEFAULT_ADMISSION));
  mountFrontDoor(app, { graph: options.graph, apollo, logger: options.logger, contextFor });
  app.use(
    '/graphql',
    express.json({ limit: options.bodyLimit }),
    expressMiddleware(apollo, {
      context: async ({ req }) => contextFor(req, req.header('x-request-id') ?? randomUUID()),
    }),
  );
  app.use(jsonErrorMiddleware(options.logger));

  return {
    app,
    httpServer,
    listen: (port, host = '127.0.0.1') =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    stop: async () => {
      shuttingDown = true;
      await apollo.stop();
    },
  };
}
