import { describe, expect, it } from 'vitest';
import { atMost, showSpread, spreadOf } from '../../bench/harness/ratio-spread.js';

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
