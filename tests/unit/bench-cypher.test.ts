import { describe, expect, it } from 'vitest';
import { benchCypher } from '../../bench/bench-cypher.js';

describe("the benchmark's statement library", () => {
  it('is read from disk once per process, not on every settle probe', () => {
    const first = benchCypher();
    expect(benchCypher()).toBe(first);
    expect(first.get('harness/running-transactions')).toContain('SHOW TRANSACTIONS');
  });
});
