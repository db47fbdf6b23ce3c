import 'reflect-metadata';
import { constants, monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { networkAnalyticsFor } from '../../src/analytics/network-analytics.js';
import { sliceFilterOf } from '../../src/analytics/slice-filter.js';
import { QueryStats } from '../../src/graph/query-stats.js';
import { openBenchGraph } from '../bench-graph.js';

/** A gap of the probe timer longer than this is reported as a stall. */
const STALL_MS = 100;
/** How often the probe timer asks to run. */
const PROBE_MS = 5;
/** Garbage collections of this thread reported (ms). */
const GC_MS = 30;

/**
 * `node dist/bench/analytics/trace-refresh-stalls.js`: the service's
 * whole-network analysis on the benchmark database (NEO4J_URI, else the
 * local benchmark store), first from nothing and then again after a write,
 * with every stall of this thread's event loop longer than STALL_MS and
 * every garbage collection of it longer than GC_MS printed as it ends, with
 * the time since start, beside the stages (first analysis, write, current
 * again). Run it with `--cpu-prof` to see what ran during a stall: the
 * profile of this (the service's) thread is the one whose name ends in
 * `.0.001.cpuprofile`.
 */
async function main(): Promise<void> {
  const started = performance.now();
  const at = () => `${((performance.now() - started) / 1000).toFixed(2).padStart(7)} s`;
  const log = (line: string) => console.log(`${at()}  ${line}`);
  const bench = await openBenchGraph({ log });
  let last = performance.now();
  const probe = setInterval(() => {
    const now = performance.now();
    if (now - last > STALL_MS + PROBE_MS) log(`  stall ${(now - last - PROBE_MS).toFixed(0)} ms`);
    last = now;
  }, PROBE_MS);
  const gcKinds: Record<number, string> = {
    [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
    [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
    [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
    [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak callbacks',
  };
  const collections = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = (entry as { detail?: { kind?: number } }).detail?.kind ?? 0;
      if (entry.duration > GC_MS)
        log(`  gc ${gcKinds[kind] ?? kind} ${entry.duration.toFixed(0)} ms`);
    }
  });
  collections.observe({ entryTypes: ['gc'] });
  const graph = bench.graph;
  const analytics = networkAnalyticsFor(graph);
  const whole = sliceFilterOf(null);
  try {
    log(`whole-network analysis (${analytics.inWorker ? 'worker thread' : 'this thread'})`);
    let from = performance.now();
    const first = await analytics.analysis(graph, whole, analytics.wholeSeed);
    log(
      `first analysis ${(performance.now() - from).toFixed(0)} ms (analysis ` +
        `${first.analysis.computeMs.toFixed(0)} ms), ${first.analysis.shape.organisations} ` +
        `organisations, ${first.analysis.shape.ties} ties, RSS ` +
        `${(process.memoryUsage.rss() / 2 ** 20).toFixed(0)} MiB`,
    );
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    from = performance.now();
    await graph.write('mutations/ensure-curation-source', {
      sourceId: 'curation-benchmark',
      title: 'Benchmark edits',
      at: new Date().toISOString(),
    });
    log('written');
    for (;;) {
      const request = graph.withStats(new QueryStats());
      const { current } = await analytics.analysis(request, whole, analytics.wholeSeed);
      if (current) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    delay.disable();
    log(
      `current again ${(performance.now() - from).toFixed(0)} ms after the write; longest ` +
        `event-loop delay ${(delay.max / 1e6).toFixed(0)} ms; RSS ` +
        `${(process.memoryUsage.rss() / 2 ** 20).toFixed(0)} MiB`,
    );
  } finally {
    clearInterval(probe);
    collections.disconnect();
    await analytics.close();
    await bench.close();
  }
}

await main();
