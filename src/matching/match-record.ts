import { foldAccents } from '../domain/fold-accents.js';
import { acronymKey, matchName, type MatchName } from './match-name.js';

/** An organisation as the matcher sees it: its names, where it is, what identifies it. */
export interface MatchRecord {
  id: string;
  name: string;
  acronym?: string | null;
  aliases: readonly string[];
  country?: string | null;
  city?: string | null;
  /** Identifier keys (`PIC:999999999`), see src/domain/identifier.ts. */
  identifiers: readonly string[];
}

/** A record with its names prepared once, for many comparisons. */
export interface PreparedRecord {
  record: MatchRecord;
  names: MatchName[];
  /** Every short form it answers to: its acronym, bracketed ones, spellings that are one. */
  acronyms: Set<string>;
  city: string | null;
  /** Identifier keys by scheme: two different PICs mean two bodies. */
  schemes: Map<string, string>;
}

export function prepareRecord(record: MatchRecord): PreparedRecord {
  const spellings = [record.name, ...record.aliases];
  const names = spellings.map(matchName);
  const acronyms = new Set(names.flatMap((name) => name.acronyms));
  if (record.acronym) acronyms.add(acronymKey(record.acronym));
  acronyms.delete('');
  const schemes = new Map<string, string>();
  for (const key of record.identifiers) schemes.set(key.slice(0, key.lastIndexOf(':')), key);
  return {
    record,
    names: names.filter((name) => name.tokens.length > 0),
    acronyms,
    city: record.city
      ? foldAccents(record.city)
          .replace(/[^\p{L}\p{N}]+/gu, ' ')
          .trim()
      : null,
    schemes,
  };
}
