import { describe, expect, it } from 'vitest';
import { atMost, ratioSpread, showSpread, spreadOf } from '../../bench/harness/ratio-spread.js';
import type { RunRecord } from '../../bench/harness/summarise.js';
import type { SystemName } from '../../bench/systems/system-name.js';

/** One load of a 2 s window: what a ratio reads of it. */
function load(system: SystemName, run: number, requestsPerSecond: number, p50: number): RunRecord {
  return {
    shape: 'deep-nested',
    system,
    run,
    repeat: 0,
    connections: 50,
    durationSeconds: 2,
    requests: Math.round(requestsPerSecond * 2),
    requestsPerSecond,
    latencyMs: { p50, p95: p50, p99: p50, mean: p50, max: p50 },
    errors: 0,
    timeouts: 0,
    non2xx: 0,
    errorBodies: 0,
    peakRssBytes: null,
    cpuSeconds: null,
    tail: [],
    sentInPeriod: { requests: 0, p50Ms: Number.NaN, p99Ms: Number.NaN },
    loadAverage: [0, 0],
  };
}

describe('spread of per-run figures', () => {
  it('leaves out a run with no figure instead of printing NaN', () => {
    const spread = spreadOf([1.1, Number.NaN, 1.3, 1.2]);
    expect(spread).toEqual({ median: 1.2, min: 1.1, max: 1.3, runs: 3 });
    expect(showSpread(spread, '')).toBe('1.20 (1.10–1.30)');
  });

  it('gives no verdict when fewer than three runs have a figure', () => {
    const spread = spreadOf([1.1, Number.NaN, Number.NaN, 1.2, Number.NaN]);
    expect(spread?.runs).toBe(2);
    expect(atMost(spread!, 3)).toBe('–');
  });

  it('has no spread when no run has a figure', () => {
    expect(spreadOf([Number.NaN, Number.NaN])).toBeUndefined();
  });
});

describe('ratios of requests per second', () => {
  it('leaves out a run where a median response took longer than the measured window', () => {
    // The other system's requests take 2.7 s in a 2 s window: its 3 requests/s
    // are the few that happened to end inside it, not its speed.
    const records = [
      load('ours', 1, 36, 800),
      load('neo4j-graphql', 1, 3, 2_700),
      load('ours', 2, 34, 850),
      load('neo4j-graphql', 2, 12, 1_900),
      load('ours', 3, 35, 820),
      load('neo4j-graphql', 3, 10, 1_950),
    ];
    const spread = ratioSpread(
      records,
      'deep-nested',
      50,
      { system: 'ours' },
      { system: 'neo4j-graphql' },
    );
    // Runs 2 and 3 only: 34 / 12 and 35 / 10.
    expect(spread?.runs).toBe(2);
    expect(spread?.min).toBeCloseTo(34 / 12);
    expect(spread?.max).toBeCloseTo(3.5);
  });
});
