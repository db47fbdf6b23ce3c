import { spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync, rmSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { assertJavaRuntime, defaultJavaCommand } from './java-runtime.js';
import { NEO4J_JVM_FLAGS, heapFlags } from './jvm-flags.js';
import { LauncherError } from './launcher-error.js';
import { renderNeo4jConf } from './neo4j-config.js';
import { ensureNeo4jJars, type Neo4jDistribution } from './neo4j-jars.js';
import {
  createHomeLayout,
  hasInitialPassword,
  homePassword,
  neo4jHome,
  tailOfFile,
  type Neo4jHome,
} from './neo4j-home.js';
import { isPortFree } from './ports.js';
import { isProcessAlive, processCommandLine, terminateProcess } from './process-control.js';

export interface LocalNeo4jOptions {
  /** Home directory (conf, data, logs …); created when missing, reused when present. */
  homeDir: string;
  distribution: Neo4jDistribution;
  boltPort: number;
  /** Password of the `neo4j` user; default: the one stored in the home (made up on first start). */
  password?: string;
  heapSize?: string;
  pageCacheSize?: string;
  /** How long to wait for Bolt to answer a query before giving up. */
  readyTimeoutMs?: number;
  /** How long a stop waits after SIGTERM before it kills. */
  stopGraceMs?: number;
  javaCommand?: string;
  mavenCommand?: string;
  extraSettings?: Record<string, string>;
  log?: (line: string) => void;
}

/** A running local Neo4j server and how to reach it. */
export interface LocalNeo4j {
  uri: string;
  user: string;
  password: string;
  pid: number;
  homeDir: string;
  /** Settles when the process ends, for whatever reason (a stop, a crash, a kill). */
  exited: Promise<ProcessExit>;
  /** Stops the server (SIGTERM, bounded wait, SIGKILL); safe to call twice. */
  stop(): Promise<void>;
}

/** How a Neo4j process ended: its exit code, or the signal that ended it. */
export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';
const ADMIN_ENTRY_POINT = 'org.neo4j.server.startup.Neo4jAdminCommand';

/**
 * Starts Neo4j Community from the Maven-resolved jars with Java 17+, waits
 * until Bolt answers `RETURN 1` as the `neo4j` user, and returns a handle.
 * Every failure is a LauncherError whose message tells the user what to do.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => {});
  const javaCommand = options.javaCommand ?? defaultJavaCommand();
  assertJavaRuntime(javaCommand);
  const classpath = ensureNeo4jJars(options.distribution, {
    mavenCommand: options.mavenCommand,
    log,
  });

  const home = neo4jHome(options.homeDir);
  createHomeLayout(home);
  await stopStaleServer(home, log);
  if (!(await isPortFree(options.boltPort))) {
    throw new LauncherError(
      'PORT_IN_USE',
      `Port ${options.boltPort} on 127.0.0.1 is already in use, so Neo4j cannot listen for Bolt there. ` +
        `Stop whatever holds it (e.g. "ss -ltnp 'sport = :${options.boltPort}'") or choose another port ` +
        `with NEO4J_LOCAL_BOLT_PORT.`,
    );
  }

  const settings = {
    boltPort: options.boltPort,
    heapSize: options.heapSize ?? '512m',
    pageCacheSize: options.pageCacheSize ?? '256m',
  };
  const password = options.password ?? homePassword(home);
  if (!hasInitialPassword(home)) {
    // The admin tool validates neo4j.conf too; give it the base settings only,
    // so a bad extra setting is reported by the server, with its log.
    writeFileSync(`${home.confDir}/neo4j.conf`, renderNeo4jConf(settings));
    setInitialPassword(javaCommand, classpath, home, password);
  }
  writeFileSync(
    `${home.confDir}/neo4j.conf`,
    renderNeo4jConf({ ...settings, extra: options.extraSettings }),
  );

  const heap = options.heapSize ?? '512m';
  rmSync(home.consoleLog, { force: true });
  const logFd = openSync(home.consoleLog, 'a');
  const child = spawn(
    javaCommand,
    [
      ...heapFlags(heap),
      ...NEO4J_JVM_FLAGS,
      '-cp',
      classpath,
      ENTRY_POINT,
      `--home-dir=${home.root}`,
      `--config-dir=${home.confDir}`,
      '--console-mode',
    ],
    { stdio: ['ignore', logFd, logFd], env: { ...process.env, NEO4J_HOME: home.root } },
  );
  closeSync(logFd);
  // Listened to at once, so that an exit during start-up is not missed either.
  const exited = new Promise<ProcessExit>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  if (child.pid === undefined) {
    throw new LauncherError('NEO4J_EXITED', `Neo4j could not be spawned with "${javaCommand}".`);
  }
  writeFileSync(home.pidFile, `${child.pid}\n`);
  log(`Neo4j starting (pid ${child.pid}, bolt 127.0.0.1:${options.boltPort}, home ${home.root})`);

  const uri = `bolt://127.0.0.1:${options.boltPort}`;
  const stopGraceMs = options.stopGraceMs ?? 30_000;
  const stop = async (): Promise<void> => {
    await terminateProcess(child.pid as number, stopGraceMs);
    rmSync(home.pidFile, { force: true });
  };

  try {
    await waitUntilReady(exited, home, uri, password, options.readyTimeoutMs ?? 120_000);
  } catch (error) {
    await stop();
    throw error;
  }
  log(`Neo4j ready on ${uri}`);
  return { uri, user: 'neo4j', password, pid: child.pid, homeDir: home.root, exited, stop };
}

/** `neo4j-admin dbms set-initial-password`, which only takes effect before the first start. */
function setInitialPassword(
  javaCommand: string,
  classpath: string,
  home: Neo4jHome,
  password: string,
): void {
  const result = spawnSync(
    javaCommand,
    [
      ...NEO4J_JVM_FLAGS,
      '-cp',
      classpath,
      ADMIN_ENTRY_POINT,
      'dbms',
      'set-initial-password',
      // The end of options: a generated password may start with "-".
      '--',
      password,
    ],
    {
      encoding: 'utf8',
      env: { ...process.env, NEO4J_HOME: home.root, NEO4J_CONF: home.confDir },
    },
  );
  if (result.status !== 0) {
    throw new LauncherError(
      'PASSWORD_SETUP_FAILED',
      `Setting the initial Neo4j password failed (exit ${result.status}):\n` +
        `${result.stdout}${result.stderr}`.trim(),
    );
  }
}

/**
 * A server left running by an earlier run that was killed hard holds the
 * store lock and the port. If the pid file names a live Neo4j of this very
 * home, it is ours: stop it rather than fail.
 */
async function stopStaleServer(home: Neo4jHome, log: (line: string) => void): Promise<void> {
  if (!existsSync(home.pidFile)) return;
  const pid = Number(readFileSync(home.pidFile, 'utf8').trim());
  if (
    Number.isInteger(pid) &&
    pid > 0 &&
    isProcessAlive(pid) &&
    processCommandLine(pid).includes(`--home-dir=${home.root}`)
  ) {
    log(`Stopping a Neo4j left running from an earlier run (pid ${pid})`);
    await terminateProcess(pid, 30_000);
  }
  rmSync(home.pidFile, { force: true });
}

/** Polls Bolt until a query succeeds; fails fast when the process exits first. */
async function waitUntilReady(
  exited: Promise<ProcessExit>,
  home: Neo4jHome,
  uri: string,
  password: string,
  timeoutMs: number,
): Promise<void> {
  let exitCode: number | null | undefined;
  void exited.then(({ code, signal }) => {
    exitCode = code ?? (signal ? -1 : null);
  });
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), {
    connectionTimeout: 2_000,
    maxConnectionPoolSize: 1,
    logging: { level: 'error', logger: () => {} },
  });
  const deadline = Date.now() + timeoutMs;
  try {
    while (Date.now() < deadline) {
      if (exitCode !== undefined) break;
      // A plain auto-commit query: executeQuery would retry internally and overrun the deadline.
      const session = driver.session();
      try {
        await session.run('RETURN 1');
        return;
      } catch {
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 300))]);
      } finally {
        await session.close();
      }
    }
  } finally {
    await driver.close();
  }
  const logTail = tailOfFile(home.consoleLog) || tailOfFile(home.debugLog);
  if (exitCode !== undefined) {
    throw new LauncherError(
      'NEO4J_EXITED',
      `Neo4j exited during start-up (exit code ${exitCode}). Last lines of ${home.consoleLog}:\n${logTail}`,
    );
  }
  throw new LauncherError(
    'NEO4J_START_TIMEOUT',
    `Neo4j did not answer on ${uri} within ${Math.round(timeoutMs / 1000)} s; it was stopped. ` +
      `Last lines of ${home.consoleLog}:\n${logTail}`,
  );
}
