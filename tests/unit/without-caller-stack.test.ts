import { describe, expect, it } from 'vitest';
import { withoutCallerStack } from '../../src/graph/without-caller-stack.js';

describe('starting a statement without capturing the caller’s stack', () => {
  it('records no frames inside, and the usual ones again after', () => {
    const before = Error.stackTraceLimit;
    const inside = withoutCallerStack(() => new Error('inside').stack ?? '');
    expect(inside).not.toContain('\n    at ');
    expect(Error.stackTraceLimit).toBe(before);
    expect(new Error('after').stack).toContain('\n    at ');
  });

  it('puts the limit back when the start throws', () => {
    const before = Error.stackTraceLimit;
    expect(() =>
      withoutCallerStack(() => {
        throw new Error('refused');
      }),
    ).toThrow('refused');
    expect(Error.stackTraceLimit).toBe(before);
  });
});
