import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Neo4jSettings } from '../bench-graph.js';
import type { RunningSystem } from './running-system.js';
import type { SystemName } from './system-name.js';
import type { SystemCommand } from './system-process.js';

const START_TIMEOUT_MS = 120_000;
const STOP_GRACE_MS = 10_000;

/**
 * Starts a system in a child process of its own (so its resident memory can
 * be measured alone) and resolves once it listens. `env` is added to the
 * child's environment: our service reads its signals settings (OTEL_*,
 * METRICS) from there, as in production.
 */
export async function spawnSystem(
  name: SystemName,
  settings: Neo4jSettings,
  execArgv: readonly string[] = [],
  stopGraceMs = STOP_GRACE_MS,
  env: Readonly<Record<string, string>> = {},
): Promise<RunningSystem> {
  const entry = fileURLToPath(new URL('./system-process.js', import.meta.url));
  const child = fork(entry, [name], {
    // E.g. --cpu-prof: the profile is written when the system stops.
    execArgv: [...process.execArgv, ...execArgv],
    // Every system runs as in production (graphql-js skips its development checks).
    env: {
      ...process.env,
      ...env,
      NODE_ENV: 'production',
      BENCH_NEO4J: JSON.stringify(settings),
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name} did not start within ${START_TIMEOUT_MS / 1000} s`));
    }, START_TIMEOUT_MS);
    child.once('message', (message) => {
      clearTimeout(timer);
      resolve((message as { url: string }).url);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited during start-up (code ${code})`));
    });
  });
  // One command at a time: each resolves on the child's reply of its name.
  const ask = (message: SystemCommand) =>
    new Promise<void>((resolve, reject) => {
      const onMessage = (reply: { reply?: string }) => {
        if (reply.reply !== message.command) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve();
      };
      const onExit = () => {
        child.off('message', onMessage);
        reject(new Error(`${name} exited before answering ${message.command}`));
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
      child.send(message);
    });
  return {
    url,
    pid: child.pid as number,
    profiler: {
      start: (samplingIntervalUs) => ask({ command: 'profile-start', samplingIntervalUs }),
      stop: (file) => ask({ command: 'profile-stop', file }),
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), stopGraceMs);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
