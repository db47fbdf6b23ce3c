import cluster from 'node:cluster';
import { combineObservers, type GraphObserver } from '../graph/graph-observer.js';
import { ServiceMetrics } from './service-metrics.js';
import type { TraceSettings } from './trace-settings.js';
import { startTracing, type Tracing } from './tracing.js';

/** Which signals the service gives; both off by default. */
export interface SignalSettings {
  /** Export traces over OTLP/HTTP. */
  traces?: TraceSettings;
  /** Serve `GET /metrics`. */
  metrics?: boolean;
}

/** The signals of one running service; each part absent when off. */
export interface Signals {
  metrics?: ServiceMetrics;
  tracing?: Tracing;
  /** Sees the database work: absent when both are off, so the GraphClient calls nothing. */
  observer?: GraphObserver;
  shutdown(): Promise<void>;
}

export async function startSignals(settings: SignalSettings = {}): Promise<Signals> {
  // A worker's scrape answers for all workers: its primary gathers them (cluster-metrics-primary.ts).
  const metrics = settings.metrics
    ? await ServiceMetrics.create({ acrossWorkers: cluster.isWorker })
    : undefined;
  const tracing = settings.traces ? await startTracing(settings.traces) : undefined;
  return {
    metrics,
    tracing,
    // Tracing outermost: the metrics' timing is then inside the statement's span.
    observer: combineObservers([tracing?.observer, metrics?.observer]),
    shutdown: async () => {
      await tracing?.shutdown();
    },
  };
}
