import { describe, expect, it } from 'vitest';
import {
  atLeastVerdict,
  atMostVerdict,
  pairedRatios,
  quantile,
  roundOrder,
  summariseRatios,
  type Block,
} from '../../bench/harness/paired-blocks.js';

describe('paired blocks of the trace-overhead benchmark', () => {
  it('visits every order of the settings, one per round, and starts again', () => {
    const orders = Array.from({ length: 7 }, (_, round) => roundOrder(['a', 'b', 'c'], round));
    expect(new Set(orders.slice(0, 6).map((order) => order.join(''))).size).toBe(6);
    expect(orders[6]).toEqual(orders[0]);
    // Each setting is first, second and last equally often over six rounds.
    for (const setting of ['a', 'b', 'c']) {
      const places = orders.slice(0, 6).map((order) => order.indexOf(setting));
      expect(places.sort()).toEqual([0, 0, 1, 1, 2, 2]);
    }
  });

  it('divides within each round, never across rounds, and skips rounds missing a side', () => {
    const blocks: Block[] = [
      { round: 0, setting: 'on', value: 90 },
      { round: 0, setting: 'off', value: 100 },
      { round: 1, setting: 'off', value: 50 },
      { round: 1, setting: 'on', value: 60 },
      { round: 2, setting: 'off', value: 10 },
      { round: 3, setting: 'on', value: 5 },
      { round: 3, setting: 'off', value: Number.NaN },
    ];
    expect(pairedRatios(blocks, 'on', 'off')).toEqual([0.9, 1.2]);
    expect(pairedRatios(blocks, 'off', 'on')).toEqual([100 / 90, 50 / 60]);
  });

  it('gives the median, the quartiles, the range and a reproducible interval that holds the median', () => {
    const ratios = [1.05, 0.98, 1.02, 1.0, 1.01, 0.99, 1.03, 1.04, 0.97];
    const summary = summariseRatios(ratios)!;
    expect(summary).toMatchObject({ n: 9, median: 1.01, min: 0.97, max: 1.05 });
    expect(summary.q1).toBeCloseTo(0.99, 10);
    expect(summary.q3).toBeCloseTo(1.03, 10);
    expect(summary.low).toBeLessThanOrEqual(summary.median);
    expect(summary.high).toBeGreaterThanOrEqual(summary.median);
    expect(summary.low).toBeGreaterThanOrEqual(summary.min);
    expect(summary.high).toBeLessThanOrEqual(summary.max);
    expect(summariseRatios(ratios)).toEqual(summary);
    expect(summariseRatios([])).toBeUndefined();
  });

  it('narrows the interval of the median as the rounds agree more', () => {
    const spread = [0.8, 0.9, 1.0, 1.1, 1.2, 0.85, 0.95, 1.05, 1.15, 1.0, 0.9, 1.1];
    const tight = spread.map((r) => 1 + (r - 1) / 10);
    const wide = summariseRatios(spread)!;
    const narrow = summariseRatios(tight)!;
    expect(narrow.high - narrow.low).toBeLessThan(wide.high - wide.low);
  });

  it('interpolates quantiles between neighbours', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4], 0)).toBe(1);
    expect(quantile([1, 2, 3, 4], 1)).toBe(4);
    expect(quantile([7], 0.25)).toBe(7);
  });

  it('gives a verdict only when the whole interval lies on one side of the bound', () => {
    expect(atLeastVerdict(0.92, 1.01, 0.9)).toBe('met');
    expect(atLeastVerdict(0.8, 0.89, 0.9)).toBe('missed');
    expect(atLeastVerdict(0.85, 0.95, 0.9)).toBe('no verdict');
    expect(atMostVerdict(1.0, 1.08, 1.1)).toBe('met');
    expect(atMostVerdict(1.11, 1.2, 1.1)).toBe('missed');
    expect(atMostVerdict(1.05, 1.15, 1.1)).toBe('no verdict');
  });
});
