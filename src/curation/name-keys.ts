import { normaliseName } from '../domain/normalise-name.js';

/**
 * The name keys a set of names claims: each name folded the way "one
 * organisation per name" compares names (`normaliseName`), empty keys left
 * out, each key once, in sorted order — writers lock keys in this order, so
 * two writers claiming the same keys never wait on each other in a cycle.
 * The map gives, per key, the first spelling that produced it (for messages).
 */
export function nameKeysOf(names: ReadonlyArray<string | null | undefined>): Map<string, string> {
  const keys = new Map<string, string>();
  for (const name of names) {
    if (!name) continue;
    const key = normaliseName(name);
    if (key.length > 0 && !keys.has(key)) keys.set(key, name);
  }
  return new Map([...keys].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
