import type { PreparedRecord } from './match-record.js';

/**
 * Blocking: only organisations that share a block are compared. A block is a
 * country (or "*" for all countries) plus one distinctive word of a name, a
 * whole normalised name, or an acronym. A word shared by more than
 * MAX_BLOCK organisations of one country ("university"), or an acronym that
 * common, is too common to tell bodies apart and is skipped; the whole-name
 * blocks still bring equal spellings together.
 */
export const MAX_BLOCK = 60;

/** Words at least this long also block by their first four letters, so a typo later in a word still meets its original. */
const PREFIX_MIN_LENGTH = 6;

/** Block keys by record and country, computed once per record. */
const keyCache = new WeakMap<PreparedRecord, Map<string, string[]>>();

function keysOf(prepared: PreparedRecord, country: string): string[] {
  let byCountry = keyCache.get(prepared);
  if (!byCountry) {
    byCountry = new Map();
    keyCache.set(prepared, byCountry);
  }
  const cached = byCountry.get(country);
  if (cached) return cached;
  const keys = blockKeys(prepared, country);
  byCountry.set(country, keys);
  return keys;
}

function blockKeys(prepared: PreparedRecord, country: string): string[] {
  const keys = new Set<string>();
  for (const name of prepared.names) {
    keys.add(`${country}|=${name.key}`);
    for (const token of name.tokens) {
      keys.add(`${country}|${token}`);
      if (token.length >= PREFIX_MIN_LENGTH) keys.add(`${country}|~${token.slice(0, 4)}`);
    }
  }
  for (const acronym of prepared.acronyms) keys.add(`${country}|#${acronym}`);
  return [...keys];
}

export class BlockingIndex {
  /** Blocks by country, and "*" blocks holding every record. */
  private readonly blocks = new Map<string, PreparedRecord[]>();
  /** "*" blocks of the records without a country only, which records with one must also meet. */
  private readonly countryless = new Map<string, PreparedRecord[]>();

  /** Indexes a record under its country's blocks and the all-countries ones. */
  add(prepared: PreparedRecord): void {
    const country = prepared.record.country;
    if (country) for (const key of keysOf(prepared, country)) push(this.blocks, key, prepared);
    for (const key of keysOf(prepared, '*')) {
      push(this.blocks, key, prepared);
      if (!country) push(this.countryless, key, prepared);
    }
  }

  /**
   * The records sharing a block with `prepared`: in its own country and those
   * without a country (any country when its own is unknown), itself left
   * out, each once (the caller may add to the set).
   */
  candidatesFor(prepared: PreparedRecord): Set<PreparedRecord> {
    const found = new Set<PreparedRecord>();
    const read = (blocks: Map<string, PreparedRecord[]>, country: string) => {
      for (const key of keysOf(prepared, country)) {
        const block = blocks.get(key);
        if (!block) continue;
        // Exact-name blocks are always read; word and acronym blocks only when distinctive.
        if (!key.includes('|=') && block.length > MAX_BLOCK) continue;
        for (const other of block) if (other !== prepared) found.add(other);
      }
    };
    if (prepared.record.country) {
      read(this.blocks, prepared.record.country);
      read(this.countryless, '*');
    } else {
      read(this.blocks, '*');
    }
    return found;
  }
}

function push(blocks: Map<string, PreparedRecord[]>, key: string, prepared: PreparedRecord): void {
  const block = blocks.get(key);
  if (block) block.push(prepared);
  else blocks.set(key, [prepared]);
}
