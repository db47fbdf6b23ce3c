import { median } from './percentile.js';
import type { RunRecord } from './summarise.js';
import type { SystemName } from '../systems/system-name.js';

/** A ratio taken within each run, over the runs: its median and its range. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  /** Runs in which both sides were measured. */
  runs: number;
}

/** Which measurement: a system, and 1 for its back-to-back repeat. */
export interface Side {
  system: SystemName;
  repeat?: number;
}

/**
 * `value(a) / value(b)` in each run where both were measured (the two sides
 * loaded minutes apart at most, under the same conditions) and both loads
 * have a throughput (`hasThroughput`), then the median and range of those
 * ratios. Undefined when no run measured both.
 */
export function ratioSpread(
  records: readonly RunRecord[],
  shape: string,
  connections: number,
  a: Side,
  b: Side,
  value: (record: RunRecord) => number = (record) => record.requestsPerSecond,
): Spread | undefined {
  const find = (side: Side, run: number) =>
    records.find(
      (r) =>
        r.shape === shape &&
        r.connections === connections &&
        r.run === run &&
        r.system === side.system &&
        r.repeat === (side.repeat ?? 0),
    );
  const runs = [...new Set(records.map((r) => r.run))];
  const ratios: number[] = [];
  for (const run of runs) {
    const top = find(a, run);
    const bottom = find(b, run);
    if (top && bottom && hasThroughput(top) && hasThroughput(bottom)) {
      ratios.push(value(top) / value(bottom));
    }
  }
  return spreadOf(ratios);
}

/**
 * Whether a load's requests per second say how fast the system was: it
 * got responses in its window, and its median response took no longer than
 * the window. Otherwise the window counted the few requests that happened
 * to end inside it (at 50 connections on the large shapes, @neo4j/graphql's
 * requests have taken longer than a 2 s window).
 */
export function hasThroughput(record: RunRecord): boolean {
  return record.requests > 0 && record.latencyMs.p50 <= record.durationSeconds * 1000;
}

/** A per-run figure of one system (such as its p99/p50), over the runs. */
export function valueSpread(
  records: readonly RunRecord[],
  shape: string,
  connections: number,
  system: SystemName,
  value: (record: RunRecord) => number,
): Spread | undefined {
  return spreadOf(
    records
      .filter(
        (r) =>
          r.shape === shape &&
          r.connections === connections &&
          r.system === system &&
          r.repeat === 0 &&
          r.requests > 0,
      )
      .map(value),
  );
}

/**
 * Median and range of per-run figures. A figure that is not a number (the
 * tail of the requests sent after the warm-up, in a load where none were
 * answered) is left out rather than spoiling the median and range.
 */
export function spreadOf(figures: readonly number[]): Spread | undefined {
  const values = figures.filter((value) => Number.isFinite(value));
  if (values.length === 0) return undefined;
  return {
    median: median(values),
    min: Math.min(...values),
    max: Math.max(...values),
    runs: values.length,
  };
}

/** A verdict only where the whole spread lies on one side of the target; `–` where it crosses it. */
export type Verdict = '✅' | '❌' | '–';

/** Fewer runs with responses than this carry no verdict at all. */
export const MIN_RUNS_FOR_VERDICT = 3;

export function atLeast(spread: Spread, target: number): Verdict {
  if (spread.runs < MIN_RUNS_FOR_VERDICT) return '–';
  if (spread.min >= target) return '✅';
  if (spread.max < target) return '❌';
  return '–';
}

export function atMost(spread: Spread, target: number): Verdict {
  if (spread.runs < MIN_RUNS_FOR_VERDICT) return '–';
  if (spread.max <= target) return '✅';
  if (spread.min > target) return '❌';
  return '–';
}

/** `1.23× (1.05–1.41)`: median and range. */
export function showSpread(spread: Spread | undefined, unit = '×'): string {
  if (!spread) return '–';
  const f = (x: number) => x.toFixed(2);
  return spread.runs === 1
    ? `${f(spread.median)}${unit}`
    : `${f(spread.median)}${unit} (${f(spread.min)}–${f(spread.max)})`;
}
