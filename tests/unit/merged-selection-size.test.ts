import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { largestMergedSelection } from '../../src/limits/merged-selection-size.js';

const width = (query: string, cap = 1_000_000): number => largestMergedSelection(parse(query), cap);

describe('largestMergedSelection', () => {
  it('counts own fields, inline fragments and each distinct spread once per level', () => {
    expect(width('{ a b c }')).toBe(3);
    expect(width('{ a ... on Query { b c } ... @include(if: true) { d } }')).toBe(4);
    expect(width('{ a ...F ...F } fragment F on Query { b c }')).toBe(3);
    // A spread inside a fragment brings its fields to the level the fragment is spread at.
    expect(width('{ ...F } fragment F on Query { a ...G } fragment G on Query { b c }')).toBe(3);
  });

  it('measures every level on its own: nested selections do not add to their parents', () => {
    expect(width('{ a { b c d e } f }')).toBe(4);
  });

  it('ignores unknown and cyclic spreads, which validation refuses', () => {
    expect(width('{ a ...Missing }')).toBe(1);
    expect(width('{ ...A } fragment A on Query { x ...B } fragment B on Query { y ...A }')).toBe(2);
  });

  it('stops at the cap, so doubling fragment trees neither take long nor overflow', () => {
    const levels = Array.from(
      { length: 60 },
      (_, i) => `fragment F${i} on Query { a ...F${i + 1} b: a ...F${i + 1} }`,
    );
    const tree = `{ ...F0 } ${levels.join(' ')} fragment F60 on Query { a }`;
    // Each level counts its two fields and one distinct spread: 2 per level, 121 in all.
    expect(width(tree)).toBe(121);
    expect(width(tree, 50)).toBe(50);
  });
});
