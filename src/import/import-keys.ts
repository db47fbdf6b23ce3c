import { nameKeysOf } from '../curation/name-keys.js';
import type { CanonicalIdentifier } from '../domain/identifier.js';
import { canonicalIdentifiers } from '../identity/canonical-identifiers.js';
import { matchName } from '../matching/match-name.js';
import type { ValidDataset } from './validate-dataset.js';

/** The keys an import claims before it matches: one owner per key in the graph. */
export interface ImportKeys {
  /** Name keys of every name and alias of its organisations and funders, sorted. */
  nameKeys: string[];
  /** Identifiers of its organisations and funders, each once, sorted by key. */
  identifiers: CanonicalIdentifier[];
  /**
   * Each organisation name as matching normalises it (legal forms, articles,
   * translations; src/matching/match-name.ts) with its country,
   * `DK|=sundby flood relief agency`: held, never stored, while it matches.
   */
  matchKeys: string[];
}

/**
 * What an import must hold before it reads the graph to match: two imports
 * that bring the same body under the same name, the same normalised name in
 * one country, or the same identifier share one of these keys, so the
 * database makes the second wait for the first (see
 * cypher/import/claim-import-keys.cypher). Sorted, so every import takes
 * its locks in the same order.
 */
export function importKeysOf(valid: readonly ValidDataset[]): ImportKeys {
  const names = new Set<string>();
  const identifiers = new Map<string, CanonicalIdentifier>();
  const matchKeys = new Set<string>();
  for (const { data } of valid) {
    for (const organisation of data.organisations) {
      for (const spelling of [organisation.name, ...organisation.aliases]) {
        const { key } = matchName(spelling);
        if (key.length > 0) matchKeys.add(`${organisation.country ?? '*'}|=${key}`);
      }
    }
    for (const record of [...data.organisations, ...data.fundingSources]) {
      for (const key of nameKeysOf([record.name, ...record.aliases]).keys()) names.add(key);
      for (const identifier of canonicalIdentifiers(record.identifiers)) {
        identifiers.set(identifier.key, identifier);
      }
    }
  }
  const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    nameKeys: [...names].sort(byKey),
    identifiers: [...identifiers.values()].sort((a, b) => byKey(a.key, b.key)),
    matchKeys: [...matchKeys].sort(byKey),
  };
}
