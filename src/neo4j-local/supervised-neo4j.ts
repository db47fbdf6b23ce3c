import type { Logger } from '../logger.js';
import {
  startLocalNeo4j,
  type LocalNeo4j,
  type LocalNeo4jOptions,
  type ProcessExit,
} from './local-neo4j.js';
import { neo4jHome, tailOfFile } from './neo4j-home.js';

/** How often, and how patiently, a Neo4j that died is started again. */
export interface RestartPolicy {
  /** Restarts tried in a row before giving up; 0 gives up at the first unexpected exit. */
  attempts: number;
  /** Wait before the first restart; it doubles for each further one. */
  backoffMs: number;
  /** The longest wait between two restarts. */
  maxBackoffMs: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = {
  attempts: 5,
  backoffMs: 1_000,
  maxBackoffMs: 30_000,
};

/**
 * A restarted server that keeps running this long has recovered: the next
 * crash starts counting attempts from one again. A server that dies sooner
 * counts against the same budget, so a crash loop ends in giving up.
 */
const STABLE_AFTER_MS = 60_000;

/** `running`; `restarting` after an unexpected exit; `failed` once it cannot come back; `stopped` on purpose. */
export type SupervisorState = 'running' | 'restarting' | 'failed' | 'stopped';

/** What /health reports: false (with why) once the database cannot come back. */
export interface Liveness {
  live: boolean;
  reason?: string;
}

export interface SupervisedNeo4jOptions extends LocalNeo4jOptions {
  restart?: RestartPolicy;
  logger: Pick<Logger, 'info' | 'warn' | 'error' | 'fatal'>;
  /** Called once when the restarts are exhausted, with the reason /health reports. */
  onGiveUp?: (reason: string) => void;
}

/** A local Neo4j that is started again when it dies; the Bolt URI and password stay the same. */
export interface SupervisedNeo4j {
  uri: string;
  user: string;
  password: string;
  homeDir: string;
  /** The pid of the current server process (it changes on each restart). */
  readonly pid: number;
  readonly state: SupervisorState;
  /** Restarts that succeeded since start. */
  readonly restarts: number;
  liveness(): Liveness;
  /**
   * A shutdown has begun: an exit from now on is expected (Ctrl-C in a terminal
   * reaches Neo4j too), so nothing restarts; the server runs until `stop()`.
   */
  stopRestarting(): void;
  /** A deliberate stop: no restart follows; safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Starts the local Neo4j and watches its process. When it exits without a
 * stop having been asked for (a crash, an out-of-memory kill, `kill -9`),
 * the exit code or signal and the end of its log are logged and it is started
 * again on the same home and port, waiting `backoffMs`, then twice as long for
 * each failed attempt, up to `maxBackoffMs`. The data folder persists, so the
 * password and every committed transaction survive; the service's driver
 * reconnects by itself. After `attempts` failed restarts the supervisor gives
 * up: it logs why, liveness turns false and `onGiveUp` is called.
 */
export async function superviseLocalNeo4j(
  options: SupervisedNeo4jOptions,
): Promise<SupervisedNeo4j> {
  const { restart = DEFAULT_RESTART_POLICY, logger, onGiveUp, ...launch } = options;
  let current: LocalNeo4j = await startLocalNeo4j(launch);
  // Later starts must reuse the password the first one settled on.
  const startOptions: LocalNeo4jOptions = { ...launch, password: current.password };
  const home = neo4jHome(current.homeDir);
  let state: SupervisorState = 'running';
  let failure: string | undefined;
  let restarts = 0;
  let attemptsInARow = 0;
  let upSince = Date.now();
  let wakeUp: (() => void) | undefined;
  let recovering: Promise<void> | undefined;

  let restartsAllowed = true;
  // A function, not an inline test: these change while this code awaits.
  const stopAsked = (): boolean => state === 'stopped' || !restartsAllowed;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const giveUp = (reason: string): void => {
    state = 'failed';
    failure = reason;
    logger.fatal({ uri: current.uri, home: home.root }, reason);
    onGiveUp?.(reason);
  };

  const recover = async (exit: ProcessExit): Promise<void> => {
    if (Date.now() - upSince >= STABLE_AFTER_MS) attemptsInARow = 0;
    // Read before a restart, which starts a fresh console log.
    const logTail = tailOfFile(home.consoleLog, 20) || tailOfFile(home.debugLog, 20);
    logger.error(
      { pid: current.pid, exitCode: exit.code, signal: exit.signal, logTail },
      `The local Neo4j exited unexpectedly (${describeExit(exit)}); restarting it`,
    );
    state = 'restarting';
    while (attemptsInARow < restart.attempts) {
      const waitMs = Math.min(restart.backoffMs * 2 ** attemptsInARow, restart.maxBackoffMs);
      attemptsInARow += 1;
      logger.warn(
        { attempt: attemptsInARow, of: restart.attempts, waitMs },
        'Restarting the local Neo4j',
      );
      await sleep(waitMs);
      if (stopAsked()) return;
      try {
        const started = await startLocalNeo4j(startOptions);
        if (stopAsked()) {
          await started.stop();
          return;
        }
        current = started;
        restarts += 1;
        upSince = Date.now();
        state = 'running';
        logger.info({ pid: current.pid, restarts }, `The local Neo4j is back on ${current.uri}`);
        watch(current);
        return;
      } catch (error) {
        logger.error(
          { attempt: attemptsInARow, err: error },
          `Restart ${attemptsInARow} of ${restart.attempts} failed: ${(error as Error).message}`,
        );
      }
    }
    giveUp(
      `The local Neo4j died (${describeExit(exit)}) and could not be restarted ` +
        `after ${restart.attempts} attempt(s); see the log above for why.`,
    );
  };

  const watch = (server: LocalNeo4j): void => {
    void server.exited.then((exit) => {
      if (state !== 'running' || server !== current || !restartsAllowed) return;
      recovering = recover(exit).catch((error: unknown) =>
        giveUp(`Supervising the local Neo4j failed: ${(error as Error).message}`),
      );
    });
  };
  watch(current);

  return {
    uri: current.uri,
    user: current.user,
    password: current.password,
    homeDir: current.homeDir,
    get pid() {
      return current.pid;
    },
    get state() {
      return state;
    },
    get restarts() {
      return restarts;
    },
    liveness: () => (state === 'failed' ? { live: false, reason: failure } : { live: true }),
    stopRestarting: () => {
      restartsAllowed = false;
      wakeUp?.();
    },
    stop: async () => {
      if (state === 'stopped') return;
      state = 'stopped';
      wakeUp?.();
      // A restart under way finishes first and stops what it started.
      await recovering;
      await current.stop();
    },
  };
}

function describeExit(exit: ProcessExit): string {
  return exit.signal ? `signal ${exit.signal}` : `exit code ${exit.code}`;
}
