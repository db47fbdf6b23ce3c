import { existsSync, readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { LauncherError } from './launcher-error.js';
import { neo4jHome } from './neo4j-home.js';
import { isProcessAlive, processCommandLine } from './process-control.js';

/** A local Neo4j that another process (`npm start`) runs, and how to reach it. */
export interface RunningLocalNeo4j {
  uri: string;
  user: string;
  password: string;
  pid: number;
}

/** How long to wait for a running Neo4j that is still starting (a service coming up). */
const ANSWER_TIMEOUT_MS = 60_000;

/**
 * The Neo4j already running on this home, when there is one: its pid file
 * names a live Neo4j process of this very home (as `npm start` leaves it
 * while the service runs). Command-line tools use it rather than start a
 * second server on the same store, which Neo4j's store lock forbids. Throws
 * a LauncherError when it runs but cannot be reached with the home's password.
 */
export async function runningLocalNeo4j(
  homeDir: string,
  boltPort: number,
): Promise<RunningLocalNeo4j | undefined> {
  const home = neo4jHome(homeDir);
  if (!existsSync(home.pidFile)) return undefined;
  const pid = Number(readFileSync(home.pidFile, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0 || !isProcessAlive(pid)) return undefined;
  if (!processCommandLine(pid).includes(`--home-dir=${home.root}`)) return undefined;
  if (!existsSync(home.passwordFile)) {
    throw new LauncherError(
      'NEO4J_UNREACHABLE',
      `A Neo4j of ${home.root} is running (pid ${pid}) but ${home.passwordFile} is missing, ` +
        'so its password is unknown. Set NEO4J_URI and NEO4J_PASSWORD to use it.',
    );
  }
  const password = readFileSync(home.passwordFile, 'utf8').trim();
  const uri = `bolt://127.0.0.1:${boltPort}`;
  await waitForAnswer(uri, password, pid, home.root);
  return { uri, user: 'neo4j', password, pid };
}

async function waitForAnswer(
  uri: string,
  password: string,
  pid: number,
  root: string,
): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), {
    connectionTimeout: 2_000,
    maxConnectionPoolSize: 1,
    logging: { level: 'error', logger: () => {} },
  });
  const deadline = Date.now() + ANSWER_TIMEOUT_MS;
  let last: unknown;
  try {
    while (Date.now() < deadline && isProcessAlive(pid)) {
      const session = driver.session();
      try {
        await session.run('RETURN 1');
        return;
      } catch (error) {
        last = error;
        await new Promise((resolve) => setTimeout(resolve, 500));
      } finally {
        await session.close();
      }
    }
  } finally {
    await driver.close();
  }
  throw new LauncherError(
    'NEO4J_UNREACHABLE',
    `A Neo4j of ${root} is running (pid ${pid}) but does not answer on ${uri} with the password ` +
      `in its home${last ? ` (${(last as Error).message})` : ''}. Check NEO4J_LOCAL_BOLT_PORT, ` +
      'or stop that process.',
  );
}
