import 'reflect-metadata';
import cluster from 'node:cluster';
import { localSecret } from './auth/local-secret.js';
import { createTokenVerifier } from './auth/token-verifier.js';
import { loadConfig, PROJECT_ROOT } from './config.js';
import type { GraphClient } from './graph/graph-client.js';
import { openGraph } from './graph/open-graph.js';
import { prepareGraph } from './graph/prepare-graph.js';
import { debugStatsAudience } from './http/query-stats.plugin.js';
import { createLogger } from './logger.js';
import { defaultDistribution } from './neo4j-local/neo4j-jars.js';
import { superviseLocalNeo4j, type SupervisedNeo4j } from './neo4j-local/supervised-neo4j.js';
import { aggregateWorkerMetrics } from './signals/cluster-metrics-primary.js';
import { createService, type Service } from './server.js';
import { workerIdentity } from './workers/worker-identity.js';
import { livenessFromPrimary } from './workers/worker-messages.js';
import { startWorkerPool, type WorkerPool } from './workers/worker-pool.js';

/**
 * `npm start`: with NEO4J_URI, use that database; without it, start the
 * local Neo4j (resolving it on first run). Then apply constraints and
 * indexes, seed an empty graph and serve GraphQL. SIGINT/SIGTERM stop the
 * service and the Neo4j it started. A local Neo4j that dies is restarted;
 * when it cannot come back, /health fails and (NEO4J_LOCAL_EXIT_ON_FAILURE)
 * the service exits with code 1, so that a process manager restarts both.
 *
 * With WORKERS > 1 this process is the primary: it starts (or finds) the
 * database and prepares the graph once, then forks the workers, which share
 * the HTTP port and serve with a driver and admission limit each. SIGTERM
 * drains every worker before the local Neo4j stops.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const isWorker = cluster.isWorker;
  const isPrimary = !isWorker && config.workers > 1;
  const logger = isWorker
    ? createLogger(config.logLevel).child({ worker: workerIdentity().id })
    : createLogger(config.logLevel);

  let local: SupervisedNeo4j | undefined;
  let pool: WorkerPool | undefined;
  let connection = config.neo4j;
  // A worker always has NEO4J_URI: its primary passes the database it started or was given.
  if (!connection) {
    local = await superviseLocalNeo4j({
      ...config.localNeo4j,
      distribution: defaultDistribution(PROJECT_ROOT),
      log: (line) => logger.info(line),
      logger,
      restart: config.localSupervision.restart,
      onGiveUp: (reason) => {
        pool?.setLiveness({ live: false, reason });
        if (config.localSupervision.exitOnFailure) void shutdown('neo4j-failed', 1);
      },
    });
    connection = { uri: local.uri, user: local.user, password: local.password, database: 'neo4j' };
  }

  let graph: GraphClient | undefined = openGraph({
    ...connection,
    transactionTimeoutMs: config.transactionTimeoutMs,
    retryMs: config.retryMs,
  });
  const secret =
    config.auth.jwtSecret ?? (config.nodeEnv === 'production' ? undefined : localSecret());
  if (!config.auth.jwtSecret && !config.auth.jwksUrl && !isWorker) {
    logger.warn(
      secret
        ? 'No AUTH_JWT_SECRET or AUTH_JWKS_URL: using the local development secret in var/auth-secret (mint tokens with npm run token)'
        : 'No AUTH_JWT_SECRET or AUTH_JWKS_URL: every token is refused, so no one can edit',
    );
  }
  let stopping = false;
  const shutdown = async (signal: string, code = 0): Promise<void> => {
    if (stopping) return;
    stopping = true;
    local?.stopRestarting();
    logger.info({ signal }, 'shutting down');
    // Workers first: each drains its requests while the database is still there.
    await pool?.stop();
    await service?.stop().catch((error: unknown) => logger.error({ err: error }, 'stop failed'));
    await graph?.driver.close().catch(() => {});
    await local?.stop();
    logger.info('stopped');
    process.exit(code);
  };
  // `on`, not `once`: a second signal (Ctrl-C twice, npm forwarding) must not
  // fall through to Node's default handler and orphan the Neo4j process.
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  // A worker whose primary is gone (killed hard) stops rather than serve unsupervised.
  if (isWorker) process.on('disconnect', () => void shutdown('primary-gone'));

  let service: Service | undefined;
  try {
    if (!isWorker) await prepareGraph(graph, config, logger);
    if (isPrimary) {
      // The primary serves nothing itself: its driver was for preparing the graph.
      await graph.driver.close();
      graph = undefined;
      const database = connection;
      // Before the workers start: a scrape on any worker is answered with all of them.
      if (config.signals.metrics) await aggregateWorkerMetrics(logger);
      pool = startWorkerPool({
        count: config.workers,
        env: {
          NEO4J_URI: database.uri,
          NEO4J_USER: database.user,
          NEO4J_PASSWORD: database.password,
          NEO4J_DATABASE: database.database,
        },
        logger,
        // Past a worker's own grace: it cuts its last connections and exits before it is killed.
        stopGraceMs: config.shutdownGraceMs + 10_000,
        onListening: (port) =>
          logger.info(
            `GraphQL ready at http://localhost:${port}/graphql (${config.workers} workers, database ${database.uri})`,
          ),
        onGiveUp: () => void shutdown('workers-failing', 1),
      });
      return;
    }
    service = await createService({
      graph,
      logger,
      bodyLimit: config.bodyLimit,
      introspection: config.introspection,
      verifyToken: createTokenVerifier(config.auth, secret),
      readsNeedToken: config.auth.reads === 'authenticated',
      limits: config.limits,
      admission: config.admission,
      readyCacheMs: config.readyCacheMs,
      timeouts: config.httpTimeouts,
      liveness: isWorker ? livenessFromPrimary() : local?.liveness,
      debugStats: debugStatsAudience(config.nodeEnv),
      imports: config.imports,
      signals: config.signals,
      trustedDocuments: config.trustedDocuments,
      analytics: config.analytics,
      shutdownGraceMs: config.shutdownGraceMs,
    });
    const port = await service.listen(config.port, config.host);
    if (isWorker) logger.info({ pid: process.pid, port }, 'worker serving');
    else
      logger.info(`GraphQL ready at http://localhost:${port}/graphql (database ${connection.uri})`);
  } catch (error) {
    logger.error({ err: error }, (error as Error).message);
    await shutdown('startup-failure', 1);
  }
}

main().catch((error: unknown) => {
  // Errors before the logger exists (configuration, launcher) are printed plainly.
  console.error((error as Error).message);
  process.exit(1);
});
