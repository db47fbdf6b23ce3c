import 'reflect-metadata';
import { localSecret } from './auth/local-secret.js';
import { createTokenVerifier } from './auth/token-verifier.js';
import { loadConfig, PROJECT_ROOT } from './config.js';
import { backfillNameKeys } from './curation/backfill-name-keys.js';
import { applySchema } from './graph/apply-schema.js';
import { openGraph } from './graph/open-graph.js';
import { debugStatsAudience } from './http/query-stats.plugin.js';
import { seedIfEmpty } from './import/seed-if-empty.js';
import { createLogger } from './logger.js';
import { defaultDistribution } from './neo4j-local/neo4j-jars.js';
import { superviseLocalNeo4j, type SupervisedNeo4j } from './neo4j-local/supervised-neo4j.js';
import { createService } from './server.js';

/**
 * `npm start`: with NEO4J_URI, use that database; without it, start the
 * local Neo4j (resolving it on first run). Then apply constraints and
 * indexes, seed an empty graph and serve GraphQL. SIGINT/SIGTERM stop the
 * service and the Neo4j it started. A local Neo4j that dies is restarted;
 * when it cannot come back, /health fails and (NEO4J_LOCAL_EXIT_ON_FAILURE)
 * the service exits with code 1, so that a process manager restarts both.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);

  let local: SupervisedNeo4j | undefined;
  let connection = config.neo4j;
  if (!connection) {
    local = await superviseLocalNeo4j({
      ...config.localNeo4j,
      distribution: defaultDistribution(PROJECT_ROOT),
      log: (line) => logger.info(line),
      logger,
      restart: config.localSupervision.restart,
      onGiveUp: () => {
        if (config.localSupervision.exitOnFailure) void shutdown('neo4j-failed', 1);
      },
    });
    connection = { uri: local.uri, user: local.user, password: local.password, database: 'neo4j' };
  }

  const graph = openGraph({
    ...connection,
    transactionTimeoutMs: config.transactionTimeoutMs,
    retryMs: config.retryMs,
  });
  const secret =
    config.auth.jwtSecret ?? (config.nodeEnv === 'production' ? undefined : localSecret());
  if (!config.auth.jwtSecret && !config.auth.jwksUrl) {
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
    await service?.stop().catch((error: unknown) => logger.error({ err: error }, 'stop failed'));
    await graph.driver.close().catch(() => {});
    await local?.stop();
    logger.info('stopped');
    process.exit(code);
  };
  // `on`, not `once`: a second signal (Ctrl-C twice, npm forwarding) must not
  // fall through to Node's default handler and orphan the Neo4j process.
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  let service: Awaited<ReturnType<typeof createService>> | undefined;
  try {
    const statements = await applySchema(graph);
    logger.info({ statements }, 'constraints and indexes in place');
    const names = await backfillNameKeys(graph);
    if (names.nodes > 0) logger.info({ nodes: names.nodes }, 'name keys linked to older nodes');
    for (const clash of names.clashes) {
      logger.warn(clash, 'two nodes answer to one name; merge them (the first keeps the name key)');
    }
    if (config.seedOnEmpty) {
      const reports = await seedIfEmpty(graph, (message) => logger.info(message));
      if (reports.length > 0) logger.info({ files: reports.length }, 'empty graph seeded');
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
      liveness: local?.liveness,
      debugStats: debugStatsAudience(config.nodeEnv),
      imports: config.imports,
      signals: config.signals,
      trustedDocuments: config.trustedDocuments,
    });
    const port = await service.listen(config.port, config.host);
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
