/**
 * Names and aliases are shown to people, indexed and compared, so they must
 * be visible text: trimmed, not empty, free of control characters and of the
 * bidirectional overrides and isolates that make text read differently from
 * how it is stored (U+202A–U+202E, U+2066–U+2069), and not made only of
 * invisible characters (spaces, zero-width and joiner characters, U+FEFF,
 * U+2060, combining marks alone). Curation and the dataset format check names
 * with this one rule.
 */

// C0 and C1 control characters and DEL.
const CONTROL = /\p{Cc}/u;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
// Characters that draw nothing on their own: separators, format characters
// (zero-width space and joiners, U+FEFF, U+2060, direction marks), combining
// marks, and the blank letters some fonts render as nothing.
const INVISIBLE = /[\p{Z}\p{Cf}\p{M}\s\u115F\u1160\u3164\uFFA0\u2800]/gu;
// Blank or zero-width characters at either end: untrimmed, or hiding a second name.
const BLANK_AT_END = /^[\p{Z}\p{Cf}\s]|[\p{Z}\p{Cf}\s]$/u;
// A lone surrogate: not text at all.
const LONE_SURROGATE = /\p{Cs}/u;

/** What is wrong with `text` as a name of at most `maxLength` characters, or null when it is fine. */
export function nameProblem(text: string, maxLength: number): string | null {
  if (text.length > maxLength) return `must be at most ${maxLength} characters`;
  if (LONE_SURROGATE.test(text)) return 'must be well-formed Unicode text';
  if (CONTROL.test(text)) return 'must not contain control characters';
  if (BIDI_CONTROL.test(text)) {
    return 'must not contain bidirectional overrides or isolates (U+202A–U+202E, U+2066–U+2069)';
  }
  if (text.replace(INVISIBLE, '').length === 0) {
    return 'must contain a visible letter, digit or sign';
  }
  if (BLANK_AT_END.test(text))
    return 'must not start or end with white space or invisible characters';
  return null;
}
