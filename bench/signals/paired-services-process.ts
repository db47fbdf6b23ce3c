import 'reflect-metadata';
import type { Neo4jSettings } from '../bench-graph.js';
import type { SignalSettings } from '../../src/signals/signals.js';
import { startOurs } from '../systems/ours-server.js';
import type { RunningSystem } from '../systems/running-system.js';

/**
 * Entry of one child process serving several copies of our service, each
 * built as `npm start` builds it (`createService`, a driver of its own) on
 * a port of its own, and each with its own signal settings, given by the
 * parent in BENCH_SIGNAL_SETTINGS (name → settings). Tracing registers
 * nothing globally (src/signals/tracing.ts: its own tracer provider, the
 * span carried in the request's own scope), so a traced copy and an
 * untraced one share the process without touching each other's requests.
 * Loaded one at a time, in alternating blocks, they meet the same JIT,
 * heap and core placement: the difference between them is their settings'.
 * Reports the URLs over IPC; stops on SIGTERM or when the parent goes away.
 */
async function main(): Promise<void> {
  const database = JSON.parse(process.env.BENCH_NEO4J ?? '') as Neo4jSettings;
  const settings = JSON.parse(process.env.BENCH_SIGNAL_SETTINGS ?? '') as Record<
    string,
    SignalSettings
  >;
  const systems = new Map<string, RunningSystem>();
  for (const [name, signals] of Object.entries(settings)) {
    systems.set(name, await startOurs(database, { batching: true, signals }));
  }
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    for (const system of systems.values()) await system.stop().catch(() => {});
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('disconnect', () => void stop());
  process.send?.({ urls: Object.fromEntries([...systems].map(([name, s]) => [name, s.url])) });
}

main().catch((error: unknown) => {
  console.error((error as Error).stack ?? error);
  process.exit(1);
});
