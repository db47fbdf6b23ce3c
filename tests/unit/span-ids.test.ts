import { describe, expect, it } from 'vitest';
import { pooledIdGenerator } from '../../src/signals/span-ids.js';

/** A source of "random" bytes counting up from 1, one byte after another across fills. */
function countingFill() {
  let next = 1;
  const fills: number[] = [];
  const fill = (bytes: Buffer) => {
    fills.push(bytes.length);
    for (let i = 0; i < bytes.length; i++) bytes[i] = next++ % 256;
    return bytes;
  };
  return { fill, fills };
}

const hexOf = (from: number, count: number) =>
  Buffer.from(Array.from({ length: count }, (_, i) => (from + i) % 256)).toString('hex');

describe('pooled span ids', () => {
  it('cut each id from the pool in turn, refilling it when the next id does not fit', () => {
    const { fill, fills } = countingFill();
    // 40 bytes: a trace id (16) and a span id (8) fit, then another span id; the
    // next trace id does not (8 left) and comes from the next fill.
    const ids = pooledIdGenerator(fill, 40);
    expect(ids.generateTraceId()).toBe(hexOf(1, 16));
    expect(ids.generateSpanId()).toBe(hexOf(17, 8));
    expect(ids.generateSpanId()).toBe(hexOf(25, 8));
    expect(fills).toEqual([40]);
    expect(ids.generateTraceId()).toBe(hexOf(41, 16));
    expect(fills).toEqual([40, 40]);
  });

  it('are lowercase hex of the W3C lengths and never repeat', () => {
    const ids = pooledIdGenerator();
    const traceIds = new Set<string>();
    const spanIds = new Set<string>();
    // Several refills of the default pool.
    for (let i = 0; i < 1000; i++) {
      traceIds.add(ids.generateTraceId());
      spanIds.add(ids.generateSpanId());
    }
    expect(traceIds.size).toBe(1000);
    expect(spanIds.size).toBe(1000);
    for (const id of traceIds) expect(id).toMatch(/^[0-9a-f]{32}$/);
    for (const id of spanIds) expect(id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('skip an id of all zeros, which the W3C trace context makes invalid', () => {
    let calls = 0;
    // The first fill is all zeros, every later one all 0xab.
    const fill = (bytes: Buffer) => bytes.fill(calls++ === 0 ? 0 : 0xab);
    const traces = pooledIdGenerator(fill, 48);
    expect(traces.generateTraceId()).toBe('ab'.repeat(16));
    calls = 0;
    const spans = pooledIdGenerator(fill, 48);
    expect(spans.generateSpanId()).toBe('ab'.repeat(8));
  });
});
