import 'reflect-metadata';
import type { Neo4jSettings } from '../bench-graph.js';
import { startSystem } from './start-system.js';
import { isSystemName } from './system-name.js';

/**
 * Entry of a system's own child process (so its memory is its own): starts
 * the system named in argv on the database in BENCH_NEO4J, reports its URL
 * to the parent over IPC, and stops on SIGTERM or when the parent goes away.
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
  process.send?.({ url: system.url });
}

main().catch((error: unknown) => {
  console.error((error as Error).stack ?? error);
  process.exit(1);
});
