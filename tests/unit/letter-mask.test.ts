import { jaroWinkler } from '@skyra/jaro-winkler';
import { describe, expect, it } from 'vitest';
import { letterMask, mayReachJaroWinkler } from '../../src/matching/letter-mask.js';

const THRESHOLD = 0.93;

/** A small deterministic generator, so a failure can be replayed. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

// The letter masks let matching skip word pairs that cannot be typos of each
// other; a pair they skip must never be one Jaro-Winkler would have kept.
describe('letter masks, the bound that skips unlike words', () => {
  it('never rules out a pair whose Jaro-Winkler reaches the threshold (200,000 pairs, typos included)', () => {
    const random = generator(18);
    const letters = 'abcdefghijklmnopqrstuvwxyz0123456789';
    const word = () => {
      let text = '';
      for (let length = 5 + Math.floor(random() * 8); length > 0; length -= 1) {
        text += letters[Math.floor(random() * (random() < 0.8 ? 8 : letters.length))];
      }
      return text;
    };
    const typo = (text: string) => {
      const at = Math.floor(random() * text.length);
      const kind = Math.floor(random() * 3);
      if (kind === 0) return text.slice(0, at) + text.slice(at + 1); // a letter dropped
      if (kind === 1) return text.slice(0, at) + 'x' + text.slice(at + 1); // a letter changed
      return (
        text.slice(0, at) + text.slice(at + 1, at + 2) + text.slice(at, at + 1) + text.slice(at + 2)
      ); // swapped
    };
    let kept = 0;
    let skipped = 0;
    for (let pair = 0; pair < 200_000; pair += 1) {
      const a = word();
      const b = pair % 2 === 0 ? typo(a) : word();
      const reachable = mayReachJaroWinkler(a, letterMask(a), b, letterMask(b), THRESHOLD);
      if (reachable) kept += 1;
      else {
        skipped += 1;
        expect([a, b, jaroWinkler(a, b) >= THRESHOLD]).toEqual([a, b, false]);
      }
    }
    // The bound does its work: most unlike pairs are skipped.
    expect(skipped).toBeGreaterThan(50_000);
    expect(kept).toBeGreaterThan(0);
  });

  it('says nothing about words with other characters: they are always compared', () => {
    expect(
      mayReachJaroWinkler(
        'zürich',
        letterMask('zürich'),
        'abcdef',
        letterMask('abcdef'),
        THRESHOLD,
      ),
    ).toBe(true);
    expect(
      mayReachJaroWinkler('brand', letterMask('brand'), 'feuer', letterMask('feuer'), THRESHOLD),
    ).toBe(false);
  });
});
