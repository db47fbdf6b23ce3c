import { nameProblem } from './display-name.js';
import { IdentifierScheme } from './identifier-scheme.js';
import { isSlug, SLUG_RULE } from './slug.js';

/** An external identifier as written: a scheme, a value, and for programme ids the programme. */
export interface IdentifierValue {
  scheme: IdentifierScheme;
  value: string;
  programme?: string | null;
}

/** An identifier in canonical form, with the key that makes it unique in the graph. */
export interface CanonicalIdentifier {
  scheme: IdentifierScheme;
  value: string;
  programme: string | null;
  /** `SCHEME:value`, or `SCHEME:programme:value`: one owner per key (see cypher/schema). */
  key: string;
}

/** Longest identifier value accepted (registry ids are short; this bounds index keys). */
export const MAX_IDENTIFIER_VALUE = 200;
/** Most identifiers one record may carry. */
export const MAX_IDENTIFIERS = 20;

/**
 * Each scheme's canonical form and the rule as people read it. Values are
 * trimmed first; a URL form (ror.org, wikidata.org) is reduced to its id, and
 * VAT numbers lose spaces, dots and dashes, so one identifier has one key
 * however a source writes it.
 */
const SCHEME_RULES: Record<
  IdentifierScheme,
  { canonical: (value: string) => string; pattern: RegExp; rule: string }
> = {
  [IdentifierScheme.PIC]: {
    canonical: (value) => value,
    pattern: /^\d{9}$/,
    rule: 'a PIC must be nine digits, like "999999999"',
  },
  [IdentifierScheme.ROR]: {
    canonical: (value) => value.replace(/^https?:\/\/(www\.)?ror\.org\//i, '').toLowerCase(),
    pattern: /^0[a-hj-km-np-tv-z0-9]{6}\d{2}$/,
    rule: 'a ROR id must look like "05f0yaq80" (or https://ror.org/05f0yaq80)',
  },
  [IdentifierScheme.WIKIDATA]: {
    canonical: (value) =>
      value.replace(/^https?:\/\/(www\.)?wikidata\.org\/(wiki|entity)\//i, '').toUpperCase(),
    pattern: /^Q[1-9]\d{0,11}$/,
    rule: 'a Wikidata id must look like "Q42"',
  },
  [IdentifierScheme.VAT]: {
    canonical: (value) => value.replace(/[\s.\-/]/g, '').toUpperCase(),
    pattern: /^[A-Z]{2}[A-Z0-9]{2,13}$/,
    rule: 'a VAT number must be a two-letter country prefix and 2–13 letters or digits, like "DE123456789"',
  },
  [IdentifierScheme.PROGRAMME]: {
    canonical: (value) => value,
    pattern: /^[^\s].*$/s,
    rule: 'a programme id must be visible text',
  },
  [IdentifierScheme.OTHER]: {
    canonical: (value) => value,
    pattern: /^[^\s].*$/s,
    rule: 'an identifier must be visible text',
  },
};

/** What is wrong with an identifier and where (`field`), or its canonical form. */
export type IdentifierCheck =
  | { ok: true; identifier: CanonicalIdentifier }
  | { ok: false; field: 'scheme' | 'value' | 'programme'; problem: string };

/**
 * Checks an identifier and puts it in canonical form. PROGRAMME ids need the
 * programme's slug (ids are unique per programme, not across programmes);
 * OTHER ids may name their registry the same way.
 */
export function checkIdentifier(input: IdentifierValue): IdentifierCheck {
  const rules = SCHEME_RULES[input.scheme];
  if (!rules) {
    return {
      ok: false,
      field: 'scheme',
      problem: `must be one of ${Object.values(IdentifierScheme).join(', ')}`,
    };
  }
  const shown = nameProblem(input.value, MAX_IDENTIFIER_VALUE);
  if (shown) return { ok: false, field: 'value', problem: shown };
  const value = rules.canonical(input.value.trim());
  if (!rules.pattern.test(value)) return { ok: false, field: 'value', problem: rules.rule };

  const programme = input.programme ?? null;
  if (input.scheme === IdentifierScheme.PROGRAMME && programme === null) {
    return { ok: false, field: 'programme', problem: 'is required for a PROGRAMME identifier' };
  }
  if (programme !== null && !isSlug(programme)) {
    return { ok: false, field: 'programme', problem: SLUG_RULE };
  }
  if (
    programme !== null &&
    input.scheme !== IdentifierScheme.PROGRAMME &&
    input.scheme !== IdentifierScheme.OTHER
  ) {
    return {
      ok: false,
      field: 'programme',
      problem: `is only for PROGRAMME and OTHER identifiers`,
    };
  }
  const key = programme ? `${input.scheme}:${programme}:${value}` : `${input.scheme}:${value}`;
  return { ok: true, identifier: { scheme: input.scheme, value, programme, key } };
}
