/** Bit 31: the word has a character other than a–z and 0–9, about which the mask says nothing. */
const OTHER = 1 << 31;

/**
 * The letters a folded word holds, one bit each (a–z, digits sharing five
 * bits): two words cannot be near-equal when one holds letters the other
 * lacks. Computed once per word of a name (src/matching/match-name.ts).
 */
export function letterMask(word: string): number {
  let mask = 0;
  for (let index = 0; index < word.length; index += 1) {
    const code = word.charCodeAt(index);
    if (code >= 97 && code <= 122) mask |= 1 << (code - 97);
    else if (code >= 48 && code <= 57) mask |= 1 << (26 + ((code - 48) % 5));
    else mask |= OTHER;
  }
  return mask;
}

/**
 * The most Winkler's prefix bonus adds, as a share of what Jaro misses:
 * 0.1 per common leading character; `@skyra/jaro-winkler` counts up to five
 * of them when the first four agree (the textbook caps at four, 0.4).
 */
const PREFIX_BONUS = 0.5;

/** Bits set in a 32-bit number. */
function bitCount(value: number): number {
  let n = value - ((value >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return Math.imul((n + (n >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/**
 * Whether the Jaro-Winkler similarity of two words can reach `threshold`,
 * judged from their lengths and letter masks alone, so most unlike pairs
 * are never computed. Each letter one word holds and the other lacks leaves
 * at least one character unmatched, so at most m = min(|a| − those, |b| −
 * those of b) characters match; Jaro is at most (m/|a| + m/|b| + 1) / 3, and
 * Winkler's prefix bonus adds at most PREFIX_BONUS of what Jaro misses.
 * Words with other characters are always computed.
 */
export function mayReachJaroWinkler(
  a: string,
  maskA: number,
  b: string,
  maskB: number,
  threshold: number,
): boolean {
  if (((maskA | maskB) & OTHER) !== 0) return true;
  const matches = Math.min(
    a.length - bitCount(maskA & ~maskB),
    b.length - bitCount(maskB & ~maskA),
  );
  if (matches <= 0) return false;
  const jaro = (matches / a.length + matches / b.length + 1) / 3;
  return jaro + PREFIX_BONUS * (1 - jaro) >= threshold - 1e-9;
}
