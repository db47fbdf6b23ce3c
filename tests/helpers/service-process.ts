import path from 'node:path';
import { inject } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { findFreePort } from '../../src/neo4j-local/ports.js';
import { runCli, type CliRun } from './cli-process.js';
import { TEST_AUTH } from './test-tokens.js';

/** The built service (`npm start` runs it); build with buildCommandLineTools(). */
export const SERVICE_MAIN = path.join(PROJECT_ROOT, 'dist/src/main.js');

/** A service started as its own process on the test Neo4j, as `npm start` with NEO4J_URI does. */
export interface ServiceProcess {
  url: string;
  port: number;
  run: CliRun;
  /** SIGTERM, then the exit code and signal. */
  stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** The test Neo4j as the service's environment variables. */
export function testNeo4jEnv(): Record<string, string> {
  const settings = inject('neo4j');
  return {
    NEO4J_URI: settings.uri,
    NEO4J_USER: settings.user,
    NEO4J_PASSWORD: settings.password,
    NEO4J_DATABASE: settings.database,
  };
}

/**
 * Starts `node dist/src/main.js` on a free loopback port against the test
 * Neo4j, accepting the test tokens; resolves once it says it is ready.
 */
export async function startServiceProcess(
  env: Record<string, string> = {},
): Promise<ServiceProcess> {
  const port = await findFreePort();
  const run = runCli(SERVICE_MAIN, [], {
    ...testNeo4jEnv(),
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    SEED_ON_EMPTY: 'false',
    WORKERS: '1',
    AUTH_JWT_SECRET: TEST_AUTH.jwtSecret ?? '',
    ...env,
  });
  await run.waitForLine(/GraphQL ready at/);
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    run,
    stop: async () => {
      if (run.child.exitCode === null && run.child.signalCode === null) run.child.kill('SIGTERM');
      return run.exited;
    },
  };
}
