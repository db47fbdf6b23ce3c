import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Neo4jSettings } from '../bench-graph.js';
import type { SignalSettings } from '../../src/signals/signals.js';
import type { PairedCommand, PairedReply } from './paired-services-process.js';

/** The copies of the service in one child process (paired-services-process.ts). */
export interface PairedServices {
  urls: Record<string, string>;
  pid: number;
  /** Asks the child process for a profile (paired-services-process.ts) and waits for its answer. */
  ask(command: PairedCommand): Promise<PairedReply>;
  stop(): Promise<void>;
}

/** Starts the child process serving one copy of the service per entry of `settings`. */
export async function spawnPairedServices(
  database: Neo4jSettings,
  settings: Record<string, SignalSettings>,
): Promise<PairedServices> {
  const entry = fileURLToPath(new URL('./paired-services-process.js', import.meta.url));
  const child = fork(entry, [], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      BENCH_NEO4J: JSON.stringify(database),
      BENCH_SIGNAL_SETTINGS: JSON.stringify(settings),
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const urls = await new Promise<Record<string, string>>((resolve, reject) => {
    child.once('message', (message) => resolve((message as { urls: Record<string, string> }).urls));
    child.once('exit', (code) =>
      reject(new Error(`the services exited during start-up (${code})`)),
    );
  });
  return {
    urls,
    pid: child.pid as number,
    ask: (command) =>
      new Promise<PairedReply>((resolve, reject) => {
        const onMessage = (message: PairedReply) => {
          if (message.reply !== command.command) return;
          child.off('message', onMessage);
          child.off('exit', onExit);
          resolve(message);
        };
        const onExit = () => {
          child.off('message', onMessage);
          reject(new Error(`the services exited before answering ${command.command}`));
        };
        child.on('message', onMessage);
        child.once('exit', onExit);
        child.send(command);
      }),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
