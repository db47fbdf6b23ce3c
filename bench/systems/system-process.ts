import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import type { Neo4jSettings } from '../bench-graph.js';
import { startSystem } from './start-system.js';
import { isSystemName } from './system-name.js';

/** What the parent may ask of a running system (bench/systems/spawn-system.ts). */
export type SystemCommand =
  | { command: 'profile-start'; samplingIntervalUs: number }
  | { command: 'profile-stop'; file: string };

/**
 * Entry of a system's own child process (so its memory is its own): starts
 * the system named in argv on the database in BENCH_NEO4J, reports its URL
 * to the parent over IPC, and stops on SIGTERM or when the parent goes away.
 * On request it takes a CPU profile of its main thread (V8's sampling
 * profiler through the inspector) from `profile-start` to `profile-stop`,
 * so a profile holds the load it was asked for and no start-up.
 */
async function main(): Promise<void> {
  const name = process.argv[2] ?? '';
  if (!isSystemName(name)) throw new Error(`Unknown system "${name}"`);
  const settings = JSON.parse(process.env.BENCH_NEO4J ?? '') as Neo4jSettings;
  const system = await startSystem(name, settings);
  let stopping = false;
  // A profiled process exits at once: the profile is written on exit, and a
  // graceful stop would only add shutdown work to it.
  const profiling = process.execArgv.some((arg) => arg.startsWith('--cpu-prof'));
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    if (profiling) process.exit(0);
    await system.stop().catch(() => {});
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('disconnect', () => void stop());
  let session: Session | undefined;
  process.on('message', (message: SystemCommand) => {
    void (async () => {
      if (message.command === 'profile-start') {
        session = new Session();
        session.connect();
        await session.post('Profiler.enable');
        await session.post('Profiler.setSamplingInterval', {
          interval: message.samplingIntervalUs,
        });
        await session.post('Profiler.start');
        process.send?.({ reply: 'profile-start' });
      } else if (message.command === 'profile-stop' && session) {
        const { profile } = await session.post('Profiler.stop');
        session.disconnect();
        session = undefined;
        writeFileSync(message.file, JSON.stringify(profile));
        process.send?.({ reply: 'profile-stop' });
      }
    })();
  });
  process.send?.({ url: system.url });
}

main().catch((error: unknown) => {
  console.error((error as Error).stack ?? error);
  process.exit(1);
});
