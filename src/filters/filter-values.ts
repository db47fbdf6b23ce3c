import { normaliseName } from '../domain/normalise-name.js';

/** An optional list filter: null (no filter) unless it has values. */
export function listOrNull<T>(values: readonly T[] | null | undefined): T[] | null {
  return values && values.length > 0 ? [...values] : null;
}

/** Free text for a `searchKey CONTAINS` filter: folded like the stored names, null when blank. */
export function foldedOrNull(text: string | null | undefined): string | null {
  const folded = text ? normaliseName(text) : '';
  return folded.length > 0 ? folded : null;
}

/** ISO codes are stored upper-case. */
export function countryCodesOrNull(codes: readonly string[] | null | undefined): string[] | null {
  return listOrNull(codes?.map((code) => code.trim().toUpperCase()));
}
