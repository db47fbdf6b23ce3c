import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { PerformanceObserver, constants } from 'node:perf_hooks';
import type { Neo4jSettings } from '../bench-graph.js';
import type { SignalSettings } from '../../src/signals/signals.js';
import { startOurs } from '../systems/ours-server.js';
import type { RunningSystem } from '../systems/running-system.js';

/**
 * What the parent may ask while the copies run: a CPU profile of the main
 * thread (V8's sampling profiler) or a sample of what it allocates (V8's
 * sampling heap profiler, counting the objects garbage collection has
 * already freed too), from start to stop, written to `file`. The garbage
 * collections in between are counted and timed.
 */
export type PairedCommand =
  | { command: 'profile-start'; samplingIntervalUs: number }
  | { command: 'profile-stop'; file: string }
  | { command: 'heap-start'; samplingIntervalBytes: number }
  | { command: 'heap-stop'; file: string };

/** Garbage collections between a start and its stop: how many, and their ms, by kind. */
export interface GcCount {
  minor: { count: number; ms: number };
  major: { count: number; ms: number };
  other: { count: number; ms: number };
}

export interface PairedReply {
  reply: PairedCommand['command'];
  /** On a stop: the collections since the start. */
  gc?: GcCount;
}

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
 * Reports the URLs over IPC; answers the profile commands above; stops on
 * SIGTERM or when the parent goes away.
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
  let session: Session | undefined;
  let gc: { observer: PerformanceObserver; count: GcCount } | undefined;
  const startCountingGc = () => {
    const count: GcCount = {
      minor: { count: 0, ms: 0 },
      major: { count: 0, ms: 0 },
      other: { count: 0, ms: 0 },
    };
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const kind = ((entry as { detail?: { kind?: number } }).detail ?? {}).kind;
        const bucket =
          kind === constants.NODE_PERFORMANCE_GC_MINOR
            ? count.minor
            : kind === constants.NODE_PERFORMANCE_GC_MAJOR
              ? count.major
              : count.other;
        bucket.count += 1;
        bucket.ms += entry.duration;
      }
    });
    observer.observe({ entryTypes: ['gc'] });
    gc = { observer, count };
  };
  const stopCountingGc = async () => {
    // The observer is told of a collection on a later turn: let the last ones arrive.
    await new Promise((resolve) => setTimeout(resolve, 50));
    gc?.observer.disconnect();
    const count = gc?.count;
    gc = undefined;
    return count;
  };
  const open = async () => {
    session = new Session();
    session.connect();
    return session;
  };
  process.on('message', (message: PairedCommand) => {
    void (async () => {
      if (message.command === 'profile-start') {
        const profiler = await open();
        await profiler.post('Profiler.enable');
        await profiler.post('Profiler.setSamplingInterval', {
          interval: message.samplingIntervalUs,
        });
        startCountingGc();
        await profiler.post('Profiler.start');
        process.send?.({ reply: message.command } satisfies PairedReply);
      } else if (message.command === 'profile-stop' && session) {
        const { profile } = await session.post('Profiler.stop');
        const count = await stopCountingGc();
        session.disconnect();
        session = undefined;
        writeFileSync(message.file, JSON.stringify(profile));
        process.send?.({ reply: message.command, gc: count } satisfies PairedReply);
      } else if (message.command === 'heap-start') {
        const profiler = await open();
        startCountingGc();
        await profiler.post('HeapProfiler.startSampling', {
          samplingInterval: message.samplingIntervalBytes,
          includeObjectsCollectedByMajorGC: true,
          includeObjectsCollectedByMinorGC: true,
        });
        process.send?.({ reply: message.command } satisfies PairedReply);
      } else if (message.command === 'heap-stop' && session) {
        const { profile } = await session.post('HeapProfiler.stopSampling');
        const count = await stopCountingGc();
        session.disconnect();
        session = undefined;
        writeFileSync(message.file, JSON.stringify(profile));
        process.send?.({ reply: message.command, gc: count } satisfies PairedReply);
      }
    })();
  });
  process.send?.({ urls: Object.fromEntries([...systems].map(([name, s]) => [name, s.url])) });
}

main().catch((error: unknown) => {
  console.error((error as Error).stack ?? error);
  process.exit(1);
});
