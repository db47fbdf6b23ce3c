import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import express from 'express';
import type { GraphQLError } from 'graphql';
import {
  DEFAULT_ANALYTICS_SETTINGS,
  useNetworkAnalytics,
  type AnalyticsSettings,
} from './analytics/network-analytics.js';
import { bearerToken } from './auth/bearer-token.js';
import { unauthenticated } from './auth/auth-error.js';
import { ErrorCode } from './errors.js';
import type { TokenVerifier } from './auth/token-verifier.js';
import { bookmarkPlugin } from './causal/bookmark.plugin.js';
import { requestBookmarks } from './causal/bookmark-rules.js';
import { BOOKMARK_EXTENSION, BOOKMARK_HEADER } from './causal/bookmark-transport.js';
import type { QueryLimits } from './config.js';
import { createContext, type Context } from './context.js';
import type { GraphClient } from './graph/graph-client.js';
import { mountFrontDoor } from './http/front-door.js';
import { browserGraphQLRoute } from './http/playground.route.js';
import { DEFAULT_WEB_ROOT } from './http/web-bundle.js';
import {
  admissionControl,
  DEFAULT_ADMISSION,
  type AdmissionLimits,
} from './http/admission.middleware.js';
import { apiHeaders } from './http/api-headers.middleware.js';
import { apolloHandler, inSequence } from './http/graphql-route.js';
import { healthRoute } from './http/health.route.js';
import {
  DEFAULT_IMPORT_JOB_SETTINGS,
  ImportJobs,
  type ImportJobSettings,
} from './http/imports/import-jobs.js';
import { importsRouter } from './http/imports/imports.router.js';
import {
  createHttpServer,
  DEFAULT_SERVER_TIMEOUTS,
  type ServerTimeouts,
} from './http/http-server.js';
import { jsonErrorMiddleware } from './http/json-error.middleware.js';
import { maskError } from './http/mask-error.js';
import { notFoundRoute } from './http/not-found.route.js';
import { sourceReaderRoutes } from './http/reader/source-reader.route.js';
import { queryStatsPlugin, type DebugStatsAudience } from './http/query-stats.plugin.js';
import { readyRoute } from './http/ready.route.js';
import { assignRequestId, requestIdOf, requestScope } from './http/request-id.js';
import { requestIdPlugin } from './http/request-id.plugin.js';
import { requestLogPlugin } from './http/request-log.plugin.js';
import { DEFAULT_SHUTDOWN_GRACE_MS, ShutdownGate } from './http/shutdown-gate.js';
import { DEFAULT_LIMITS } from './limits/default-limits.js';
import { queryLimitsPlugin } from './limits/query-limits.plugin.js';
import { selectionWidthGuard } from './limits/selection-width.middleware.js';
import type { Logger } from './logger.js';
import type { Liveness } from './neo4j-local/supervised-neo4j.js';
import { buildGraphQLSchema } from './schema.js';
import { signalsPlugin } from './signals/signals-plugin.js';
import { readManifest } from './trusted-documents/manifest.js';
import {
  TrustedDocuments,
  type TrustedDocumentsSettings,
} from './trusted-documents/trusted-documents.js';
import { startSignals, type SignalSettings } from './signals/signals.js';

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
  /** How long clients may take to send a request (default DEFAULT_SERVER_TIMEOUTS). */
  timeouts?: ServerTimeouts;
  /** What /health reports beyond "the process serves HTTP" (the local Neo4j's supervisor). */
  liveness?: () => Liveness;
  /** Who gets `x-debug-stats` statistics; default `editors`. */
  debugStats?: DebugStatsAudience;
  /** Uploaded imports (`/imports`): how many run at once, their transaction timeout, the largest file. */
  imports?: Partial<ImportJobSettings> & { bodyLimit?: string };
  /** Traces (OTLP) and `GET /metrics`; both off unless set. */
  signals?: SignalSettings;
  /** Operations known by hash (schema/trusted-documents.json); default off. */
  trustedDocuments?: TrustedDocumentsSettings;
  /**
   * Network analytics: the largest filtered slice analysed on demand, and
   * whether the whole network is analysed in the background from start-up
   * (default on).
   */
  analytics?: Partial<AnalyticsSettings> & { warm?: boolean };
  /** How long a stop waits for running requests before it cuts their connections (default 30 s). */
  shutdownGraceMs?: number;
}

/** The largest file `POST /imports` accepts unless told. */
export const DEFAULT_IMPORT_BODY_LIMIT = '20mb';

/** The HTTP service: GraphQL at /graphql, /health and /ready; start and stop. */
export interface Service {
  app: express.Express;
  httpServer: Server;
  /** Listens and resolves with the bound port (pass 0 for any free port). */
  listen(port: number, host?: string): Promise<number>;
  /**
   * Readiness goes false, requests waiting for a slot and new ones on open
   * connections are answered 503 SERVICE_BUSY, running ones finish, every
   * answer closes its connection, the server closes.
   */
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
  const httpServer = createHttpServer(app, options.timeouts ?? DEFAULT_SERVER_TIMEOUTS);
  const gate = new ShutdownGate();

  const limits = options.limits ?? DEFAULT_LIMITS;
  const signals = await startSignals(options.signals);
  const { metrics, tracing } = signals;
  // The service's own view of the graph: its statements and batches observed when signals are on.
  const graph = options.graph.withObserver(signals.observer);
  const analytics = useNetworkAnalytics(options.graph, {
    ...DEFAULT_ANALYTICS_SETTINGS,
    ...options.analytics,
  });
  // In the background, not awaited: readiness does not wait for it, and the
  // first request for the whole network finds it computed (or joins it).
  if (options.analytics?.warm ?? true) void analytics.warm(options.graph);
  const trusted =
    options.trustedDocuments && options.trustedDocuments.mode !== 'off'
      ? new TrustedDocuments(readManifest(), options.trustedDocuments)
      : undefined;
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
    // No cache of documents a client could fill: with TRUSTED_DOCUMENTS, a
    // hash names one of the front ends' documents (put in place before Apollo
    // looks); otherwise a hash-only request is answered PERSISTED_QUERY_NOT_SUPPORTED.
    persistedQueries: false,
    csrfPrevention: true,
    // The process's own shutdown (src/main.ts) owns SIGTERM and SIGINT and stops this server.
    stopOnTerminationSignals: false,
    // Without Apollo's trailing newline. The request id is in `extensions`:
    // set by requestIdPlugin, or by apolloHandler on Apollo's own refusals.
    stringifyResult: (result) => JSON.stringify(result),
    plugins: [
      requestLogPlugin(options.logger),
      queryLimitsPlugin(limits, { hideSchemaDetails: !options.introspection }),
      // Runs once the gate has let the running requests finish (stop() below):
      // what is left are idle connections and answers past the grace, cut soon.
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 1_000 }),
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are set; without this plugin Apollo wraps every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      queryStatsPlugin(options.debugStats ?? 'editors'),
      bookmarkPlugin(),
      ...(metrics || tracing ? [signalsPlugin(metrics, tracing)] : []),
      ...(trusted ? [trusted.plugin()] : []),
      // Last: the request id follows every other plugin's extensions.
      requestIdPlugin(),
    ],
  });
  await apollo.start();

  // One way to turn a request into a context: /graphql and the exports alike
  // (bearer token, AUTH_READS, bookmarks, loaders, counters).
  const authenticatedContext = async (
    req: express.Request,
    requestId: string,
  ): Promise<Context> => {
    const body: unknown = req.body;
    const bookmarks = requestBookmarks(
      req.header(BOOKMARK_HEADER),
      typeof body === 'object' && body !== null
        ? (body as { extensions?: Record<string, unknown> }).extensions?.[BOOKMARK_EXTENSION]
        : undefined,
    );
    const token = bearerToken(req.header('authorization'));
    if (token === undefined && options.readsNeedToken) {
      throw unauthenticated('This service needs a bearer token (Authorization: Bearer <jwt>).');
    }
    const user =
      token === undefined ? undefined : await (options.verifyToken ?? refuseAllTokens)(token);
    return createContext(graph, {
      requestId,
      user,
      bookmarks,
      loaderOptions: { batch: options.batching ?? true },
    });
  };
  // A refusal here (401) is answered before any plugin runs: counted here.
  const contextFor = metrics
    ? async (req: express.Request, requestId: string): Promise<Context> => {
        try {
          return await authenticatedContext(req, requestId);
        } catch (error) {
          metrics.countError(
            String((error as GraphQLError).extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR),
          );
          throw error;
        }
      }
    : authenticatedContext;
  const admission = admissionControl(
    options.admission ?? DEFAULT_ADMISSION,
    metrics && {
      watch: (state) => metrics.watchAdmission(state),
      refused: () => metrics.countError(ErrorCode.SERVICE_BUSY),
    },
  );
  const graphqlContext = trusted
    ? async ({ req }: { req: express.Request }) => {
        const context = await contextFor(req, requestIdOf(req));
        try {
          trusted.admit(req, context.user, context);
        } catch (error) {
          metrics?.countError(String((error as GraphQLError).extensions.code));
          throw error;
        }
        return context;
      }
    : async ({ req }: { req: express.Request }) => contextFor(req, requestIdOf(req));

  // Every step a GraphQL request takes, in this order, whatever its method:
  // request id and API headers (every answer carries them), the shutdown
  // gate, metrics; the body read and size-checked, then the selection-width
  // guard, both before admission (a client sending its body slowly waits on
  // its own connection, bounded by the server's request timeout, not in one
  // of the slots that run requests); admission; with traces on, the
  // request's scope (its id and span) once it holds a slot, so the span's
  // children are its own work; a browser's GET gets the playground page;
  // Apollo. One list, mounted once, ahead of every other route: a step added
  // here applies to a POST and a GET alike, and the router matches one layer
  // for it instead of a dozen.
  const requestSteps: express.RequestHandler[] = [assignRequestId(), apiHeaders(), gate.middleware];
  const admitted = tracing ? [admission, requestScope(tracing.openRequestSpan)] : [admission];
  app.use(
    '/graphql',
    inSequence([
      ...requestSteps,
      metrics?.requestMetrics,
      express.json({ limit: options.bodyLimit }),
      selectionWidthGuard(limits),
      ...admitted,
      browserGraphQLRoute(DEFAULT_WEB_ROOT),
      apolloHandler(apollo, graphqlContext),
    ]),
  );
  // Every other route: every response, errors included, carries the request id and the API headers.
  app.use(...requestSteps);
  if (metrics) {
    app.get('/metrics', metrics.route);
    app.use(['/exports', '/imports'], metrics.requestMetrics);
  }
  app.get('/health', healthRoute(Date.now(), options.liveness));
  app.get(
    '/ready',
    readyRoute(graph.driver, graph.database, () => gate.closed, options.readyCacheMs),
  );
  // The exports run GraphQL operations too: admitted and scoped as /graphql is.
  app.use('/exports', ...admitted);
  mountFrontDoor(app, { graph, apollo, logger: options.logger, contextFor });
  const imports = new ImportJobs(graph, options.logger, {
    ...DEFAULT_IMPORT_JOB_SETTINGS,
    ...options.imports,
  });
  app.use(
    '/imports',
    importsRouter({
      jobs: imports,
      verifyToken: options.verifyToken ?? refuseAllTokens,
      bodyLimit: options.imports?.bodyLimit ?? DEFAULT_IMPORT_BODY_LIMIT,
    }),
  );
  // The source reader: the documents behind the citations, lines highlighted.
  app.use(
    sourceReaderRoutes(graph, async (req) => {
      await contextFor(req, requestIdOf(req));
    }),
  );
  app.use(notFoundRoute());
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
      gate.close();
      admission.turnAwayWaiting();
      await gate.settled(options.shutdownGraceMs ?? DEFAULT_SHUTDOWN_GRACE_MS);
      await apollo.stop();
      await signals.shutdown();
      await analytics.close();
    },
  };
}
