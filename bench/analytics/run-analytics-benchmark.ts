import { monitorEventLoopDelay } from 'node:perf_hooks';
import { networkAnalyticsFor } from '../../src/analytics/network-analytics.js';
import { sliceFilterOf } from '../../src/analytics/slice-filter.js';
import type { GraphClient } from '../../src/graph/graph-client.js';
import { QueryStats } from '../../src/graph/query-stats.js';
import { benchGraphClient } from '../bench-cypher.js';
import type { Neo4jSettings } from '../bench-graph.js';
import { percentile } from '../harness/percentile.js';
import { RssSampler } from '../harness/rss-sampler.js';
import type { RunningSystem } from '../systems/running-system.js';
import { spawnSystem } from '../systems/spawn-system.js';
import { startSystem } from '../systems/start-system.js';
import { analyticsShapes } from './analytics-shapes.js';

export interface AnalyticsBenchOptions {
  graph: GraphClient;
  settings: Neo4jSettings;
  /** Repeated (cached) requests per shape after the first. */
  requests: number;
  launch: 'child-process' | 'in-process';
  /** `maxEdges` of the whole-network view (default: the API's default). */
  networkMaxEdges?: number;
  log?: (line: string) => void;
}

export interface ShapeFigures {
  name: string;
  title: string;
  /** The first request on a fresh service (nothing cached; the whole network analysed on demand). */
  coldMs: number;
  p50Ms: number;
  p99Ms: number;
  /** Errors in any answer (there should be none). */
  errors: string[];
  /** The size of the network analysed, when the answer says it (`networkAnalytics { projectCount shape }`). */
  network: { organisations: number; ties: number; projects: number } | null;
  /** The first answer's data, for checks (not written to the report). */
  data: unknown;
}

export interface RefreshFigures {
  /** Whole-network analysis from nothing, in this process. */
  firstAnalysisMs: number;
  /** From a write to the whole-network analysis being current again. */
  refreshAfterWriteMs: number;
  /** Longest stall of this process's event loop while the refresh ran (ms). */
  maxEventLoopDelayMs: number;
  /** Whether the analysis ran in a worker thread. */
  inWorker: boolean;
}

export interface AnalyticsBenchResult {
  shapes: ShapeFigures[];
  /** Peak resident memory of the service process (child-process launch only). */
  peakRssBytes: number | null;
  refresh: RefreshFigures;
}

/**
 * The analytics shapes against our service on the loaded dataset: the first
 * request of each on a fresh service (cold), then `requests` more (cached)
 * for p50 and p99, with the service's peak resident memory; then, in this
 * process, how long the whole network takes to analyse, to become current
 * again after a write, and how long the event loop stalls meanwhile.
 */
export async function runAnalyticsBenchmark(
  options: AnalyticsBenchOptions,
): Promise<AnalyticsBenchResult> {
  const log = options.log ?? (() => {});
  const fixtures = benchGraphClient(options.graph);
  const [hub] = await fixtures.read<{ id: string }>('fixtures/hub-organisation');
  if (!hub) throw new Error('The graph has no organisations: load a dataset first');
  const funders = await fixtures.read<{ id: string }>('fixtures/largest-funders');
  const system: RunningSystem =
    options.launch === 'child-process'
      ? await spawnSystem('ours', options.settings)
      : await startSystem('ours', options.settings);
  const rss = options.launch === 'child-process' ? new RssSampler(system.pid) : null;
  rss?.start();
  const shapes: ShapeFigures[] = [];
  let peakRssBytes: number | null;
  try {
    for (const shape of analyticsShapes(
      hub.id,
      funders.map((funder) => funder.id),
      options.networkMaxEdges,
    )) {
      const ask = async () => {
        const started = performance.now();
        const response = await fetch(`${system.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: shape.query, variables: shape.variables }),
        });
        const body = (await response.json()) as {
          data?: unknown;
          errors?: Array<{ message: string }>;
        };
        return { ms: performance.now() - started, body };
      };
      const first = await ask();
      const times: number[] = [];
      const errors = (first.body.errors ?? []).map((error) => error.message);
      for (let i = 0; i < options.requests; i++) {
        const next = await ask();
        times.push(next.ms);
        errors.push(...(next.body.errors ?? []).map((error) => error.message));
      }
      times.sort((a, b) => a - b);
      const figures = {
        name: shape.name,
        title: shape.title,
        coldMs: first.ms,
        p50Ms: percentile(times, 50),
        p99Ms: percentile(times, 99),
        errors,
        network: networkSize(first.body.data),
        data: first.body.data,
      };
      const size = figures.network
        ? ` (${figures.network.organisations} organisations, ${figures.network.ties} ties, ` +
          `${figures.network.projects} projects)`
        : '';
      log(
        `${shape.name}: cold ${figures.coldMs.toFixed(0)} ms, p50 ${figures.p50Ms.toFixed(1)} ms, ` +
          `p99 ${figures.p99Ms.toFixed(1)} ms${size}` +
          `${errors.length ? `, ${errors.length} errors: ${errors[0]}` : ''}`,
      );
      shapes.push(figures);
    }
  } finally {
    peakRssBytes = rss?.stop() ?? null;
    await system.stop();
  }
  const refresh = await measureRefresh(options.graph, log);
  return { shapes, peakRssBytes, refresh };
}

/** The analysed network's size from a `networkAnalytics` answer that selects it, else null. */
function networkSize(data: unknown): ShapeFigures['network'] {
  const analytics = (data as { networkAnalytics?: unknown } | null | undefined)
    ?.networkAnalytics as
    { projectCount?: number; shape?: { organisations?: number; ties?: number } } | undefined;
  const { organisations, ties } = analytics?.shape ?? {};
  if (organisations === undefined || ties === undefined || analytics?.projectCount === undefined)
    return null;
  return { organisations, ties, projects: analytics.projectCount };
}

/** How long the whole network takes here, first and after a write, and how the event loop fares. */
async function measureRefresh(
  graph: GraphClient,
  log: (line: string) => void,
): Promise<RefreshFigures> {
  const analytics = networkAnalyticsFor(graph);
  const whole = sliceFilterOf(null);
  let started = performance.now();
  await analytics.analysis(graph, whole, analytics.wholeSeed);
  const firstAnalysisMs = performance.now() - started;
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  started = performance.now();
  // A write that changes nothing still moves the epoch on, as any edit does.
  await graph.write('mutations/ensure-curation-source', {
    sourceId: 'curation-benchmark',
    title: 'Benchmark edits',
    at: new Date().toISOString(),
  });
  for (;;) {
    // A client per poll, as per request: each reads the write epoch afresh.
    const request = graph.withStats(new QueryStats());
    const { current } = await analytics.analysis(request, whole, analytics.wholeSeed);
    if (current) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const refreshAfterWriteMs = performance.now() - started;
  delay.disable();
  const figures = {
    firstAnalysisMs,
    refreshAfterWriteMs,
    maxEventLoopDelayMs: delay.max / 1e6,
    inWorker: analytics.inWorker,
  };
  log(
    `whole network: first analysis ${(firstAnalysisMs / 1000).toFixed(1)} s, current again ` +
      `${(refreshAfterWriteMs / 1000).toFixed(1)} s after a write, longest event-loop stall ` +
      `${figures.maxEventLoopDelayMs.toFixed(0)} ms (${figures.inWorker ? 'worker thread' : 'same thread'})`,
  );
  await analytics.close();
  return figures;
}
