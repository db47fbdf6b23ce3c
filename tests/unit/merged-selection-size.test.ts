import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { largestMergedSelection } from '../../src/limits/merged-selection-size.js';

const width = (query: string, cap = 1_000_000): number => largestMergedSelection(parse(query), cap);

describe('largestMergedSelection', () => {
  it('counts the fields of one response name that validation compares pairwise', () => {
    expect(width('{ a b c }')).toBe(1);
    expect(width('{ a a b }')).toBe(2);
    // Aliases are response names: distinct ones are never compared, a repeated one is.
    expect(width('{ x: a y: a z: a }')).toBe(1);
    expect(width('{ x: a x: b x: c }')).toBe(3);
  });

  it('adds inline fragments and each distinct fragment spread at a level', () => {
    expect(width('{ a ... on Query { a a } ... @include(if: true) { a } }')).toBe(4);
    expect(width('{ a ...F ...F } fragment F on Query { a a }')).toBe(3);
    // A spread inside a fragment brings its fields to the level the fragment is spread at.
    expect(width('{ ...F } fragment F on Query { a ...G } fragment G on Query { a a }')).toBe(3);
  });

  it('measures every level on its own: nested selections do not add to their parents', () => {
    expect(width('{ a { b b b b } a }')).toBe(4);
  });

  it('ignores unknown and cyclic spreads, which validation refuses', () => {
    expect(width('{ a ...Missing }')).toBe(1);
    expect(width('{ ...A } fragment A on Query { x ...B } fragment B on Query { x ...A }')).toBe(2);
  });

  it('stops at the cap, so doubling fragment trees neither take long nor overflow', () => {
    const levels = Array.from(
      { length: 60 },
      (_, i) => `fragment F${i} on Query { a ...F${i + 1} b: a ...F${i + 1} }`,
    );
    const tree = `{ ...F0 } ${levels.join(' ')} fragment F60 on Query { a }`;
    // Each level adds one "a" and one "b" and its one distinct spread: 61 fields named "a".
    expect(width(tree)).toBe(61);
    expect(width(tree, 50)).toBe(50);
  });
});
