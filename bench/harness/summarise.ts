import type { SystemName } from '../systems/system-name.js';
import type { LoadRun } from './load.js';
import { median } from './percentile.js';

/** One measured load: a shape, a system, a concurrency, a run number. */
export interface RunRecord extends LoadRun {
  shape: string;
  system: SystemName;
  run: number;
  /** 0 for the measurement; 1 for the same system loaded again right after it (noise). */
  repeat: number;
  /** The machine's one-minute load average before and after the load. */
  loadAverage: [number, number];
  /**
   * How long the database then took to finish the statements the load left
   * in flight, before the next load began (absent in records made before
   * the harness waited for it).
   */
  settledMs?: number;
}

/** Medians over the runs of one shape × system × concurrency. */
export interface SummaryRow {
  shape: string;
  system: SystemName;
  connections: number;
  runs: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  /** Highest resident memory of the system's process seen in any run. */
  peakRssBytes: number | null;
  /** All failures of all runs: connection errors, timeouts, non-2xx, GraphQL errors. */
  failures: number;
}

/** Groups the runs and takes medians (throughput, latencies) and maxima (memory). */
export function summarise(records: readonly RunRecord[]): SummaryRow[] {
  const groups = new Map<string, RunRecord[]>();
  for (const record of records) {
    if (record.repeat !== 0) continue;
    const key = `${record.shape}|${record.system}|${record.connections}`;
    groups.set(key, [...(groups.get(key) ?? []), record]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0] as RunRecord;
    const rss = group.map((r) => r.peakRssBytes).filter((b): b is number => b !== null);
    return {
      shape: first.shape,
      system: first.system,
      connections: first.connections,
      runs: group.length,
      requestsPerSecond: median(group.map((r) => r.requestsPerSecond)),
      p50Ms: median(group.map((r) => r.latencyMs.p50)),
      p95Ms: median(group.map((r) => r.latencyMs.p95)),
      p99Ms: median(group.map((r) => r.latencyMs.p99)),
      peakRssBytes: rss.length > 0 ? Math.max(...rss) : null,
      failures: group.reduce((sum, r) => sum + r.errors + r.timeouts + r.non2xx + r.errorBodies, 0),
    };
  });
}
