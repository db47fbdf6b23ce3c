import { describe, expect, it } from 'vitest';
import { nameProblem } from '../../src/domain/display-name.js';
import { isEuroAmount, MAX_EUR } from '../../src/domain/money.js';
import { isSlug } from '../../src/domain/slug.js';
import { decodeCursor, encodeCursor, MAX_CURSOR_OFFSET } from '../../src/pages/cursor.js';
import { luceneQuery } from '../../src/search/lucene-query.js';

describe('the name rule', () => {
  it.each([
    ['empty', ''],
    ['a single space', ' '],
    ['NUL', '\u0000'],
    ['DEL', 'a\u007fb'],
    ['a C1 control', 'a\u0085b'],
    ['a line break', 'a\nb'],
    ['zero-width space only', '\u200b'],
    ['joiners only', '\u200c\u200d'],
    ['BOM only', '\ufeff'],
    ['word joiner only', '\u2060'],
    ['combining marks only', '\u0301\u0302'],
    ['Hangul filler only', '\u3164'],
    ['an RTL override', '\u202eevil'],
    ['an LRE', 'a\u202ab'],
    ['a first-strong isolate', 'a\u2068b'],
    ['a pop isolate', 'a\u2069b'],
    ['a lone surrogate', 'a\ud800'],
    ['a leading space', ' Name'],
    ['a trailing zero-width space', 'Name\u200b'],
    ['a no-break space at the end', 'Name\u00a0'],
    ['one character too many', 'x'.repeat(301)],
  ])('refuses %s', (_label, text) => {
    expect(nameProblem(text, 300)).not.toBeNull();
  });

  it.each([
    ['accented Latin', 'Gąciarz Żółć Ærø'],
    ['a decomposed accent', 'Cafe\u0301'],
    ['Devanagari with marks', 'नमस्ते संस्था'],
    ['Hebrew', 'שירותי חירום'],
    ['an emoji sequence with a joiner', '👩‍🚒 Brigade'],
    ['the longest allowed', 'x'.repeat(300)],
    ['punctuation', 'Fire & Rescue (Nord), e.V.'],
  ])('accepts %s', (_label, text) => {
    expect(nameProblem(text, 300)).toBeNull();
  });
});

describe('amounts, ids and cursors', () => {
  it.each([0, 1.5, MAX_EUR])('accepts %d euros', (amount) => {
    expect(isEuroAmount(amount)).toBe(true);
  });

  it.each([-0.01, MAX_EUR + 1, 1e308, Infinity, NaN, '5'])('refuses %s euros', (amount) => {
    expect(isEuroAmount(amount)).toBe(false);
  });

  it('bounds slugs at 200 characters', () => {
    expect(isSlug('a'.repeat(200))).toBe(true);
    expect(isSlug('a'.repeat(201))).toBe(false);
  });

  it('decodes its own cursors up to the bound and refuses beyond', () => {
    expect(decodeCursor(encodeCursor(0))).toBe(0);
    expect(decodeCursor(encodeCursor(MAX_CURSOR_OFFSET))).toBe(MAX_CURSOR_OFFSET);
    for (const offset of ['1000001', '9007199254740991', '9223372036854775807', '9'.repeat(1000)]) {
      const cursor = Buffer.from(`offset:${offset}`).toString('base64url');
      expect(() => decodeCursor(cursor)).toThrow(/at an offset of at most 1000000/);
    }
    for (const offset of ['-1', '1.5', '']) {
      const cursor = Buffer.from(`offset:${offset}`).toString('base64url');
      expect(() => decodeCursor(cursor)).toThrow(/must be a cursor returned by this API/);
    }
  });
});

describe('the search text bound', () => {
  it('builds four clauses per word (any word and all words) up to 32 words', () => {
    // Two-letter words take no typo clause: 2 × 32 ORs of the any-word part, 32 of the all-words part.
    const text = Array.from({ length: 32 }, (_, i) => `w${i}`).join(' ');
    expect(luceneQuery(text)?.match(/ OR /g)).toHaveLength(64);
  });

  it.each([
    ['201 characters', 'x'.repeat(201), /at most 200 characters/],
    ['33 words', Array.from({ length: 33 }, () => 'a').join(' '), /at most 32 words/],
    [
      'operators as word breaks',
      Array.from({ length: 33 }, () => 'a').join('+'),
      /at most 32 words/,
    ],
    ['text that folding spells out', '\ufdfa'.repeat(30), /once accents are spelt out/],
  ])('refuses %s', (_label, text, message) => {
    expect(() => luceneQuery(text)).toThrow(message);
  });
});
