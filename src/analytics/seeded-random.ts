/**
 * A small seeded generator (mulberry32) for the algorithms that take an
 * `rng`: the same seed gives the same sequence, so the same slice and seed
 * give the same communities and the same betweenness sample.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` distinct indices from 0..size-1, chosen by `random` (a partial Fisher–Yates shuffle). */
export function sampleIndices(size: number, count: number, random: () => number): number[] {
  const pool = Array.from({ length: size }, (_, index) => index);
  const take = Math.min(count, size);
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(random() * (size - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, take).sort((a, b) => a - b);
}
