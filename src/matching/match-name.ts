import { foldAccents } from '../domain/fold-accents.js';
import { letterMask } from './letter-mask.js';
import {
  CANONICAL_WORDS,
  JOINING_WORDS,
  LEADING_ARTICLES,
  LEGAL_FORMS,
} from './match-vocabulary.js';

/** A name as matching compares it. */
export interface MatchName {
  /** The spelling it came from. */
  spelling: string;
  /** Distinctive words, in order: folded, legal form, articles and joining words left out, equivalents made one. */
  tokens: string[];
  /** The letters of each token (`letterMask`), to skip comparing words that cannot be near-equal. */
  masks: number[];
  /** The tokens joined: two spellings with the same key are one name. */
  key: string;
  /** Short forms the spelling carries: "(SGSP)" at its end, or the whole spelling when it is one. */
  acronyms: string[];
  /** First letters of the words as written (before equivalents): "Main School Fire Service" -> "msfs". */
  initials: string;
}

// "(SGSP)", "[SGSP]": a trailing short form in brackets.
const BRACKETED = /[([]\s*([^()[\]]{1,20}?)\s*[)\]]/gu;
// A spelling that is itself a short form: one word of 2–10 capitals and digits ("STUK", "DG ECHO" is two).
const ACRONYM_SPELLING = /^[\p{Lu}\p{N}][\p{Lu}\p{N}&.-]{1,11}$/u;

/** Folded, punctuation-free form of an acronym ("S.G.S.P." -> "sgsp"). */
export function acronymKey(text: string): string {
  return foldAccents(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Prepares one spelling for comparison. Order matters: brackets are taken
 * out first (their content may be an acronym), then the text is folded (case,
 * accents, "&" as "and"), runs of single letters are joined ("S. A." is "sa",
 * so legal forms written with dots are recognised), legal forms are dropped
 * from the end, articles from the start, joining words anywhere, and each
 * remaining word is read as its canonical equivalent.
 */
export function matchName(spelling: string): MatchName {
  const acronyms: string[] = [];
  const withoutBrackets = spelling.replace(BRACKETED, (_, inner: string) => {
    const key = acronymKey(inner);
    if (key.length >= 2 && key.length <= 12 && !inner.includes(' ')) acronyms.push(key);
    return ' ';
  });
  if (ACRONYM_SPELLING.test(spelling.trim())) acronyms.push(acronymKey(spelling));

  const words = foldAccents(withoutBrackets)
    .replace(/&/g, ' and ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
  const joined: string[] = [];
  let previousSingle = false;
  for (const word of words) {
    const single = word.length === 1 && /^\p{L}$/u.test(word);
    // "s a" -> "sa", "e v" -> "ev": legal forms and initials written with dots or spaces.
    if (single && previousSingle) joined[joined.length - 1] += word;
    else joined.push(word);
    previousSingle = single;
  }

  while (joined.length > 1 && LEGAL_FORMS.has(joined.at(-1) as string)) joined.pop();
  while (joined.length > 1 && LEADING_ARTICLES.has(joined[0] as string)) joined.shift();
  const meaningful = joined.filter((word) => !JOINING_WORDS.has(word));
  const kept = meaningful.length > 0 ? meaningful : joined;
  const tokens = kept.flatMap((word) => CANONICAL_WORDS.get(word) ?? [word]);
  return {
    spelling,
    tokens,
    masks: tokens.map(letterMask),
    key: tokens.join(' '),
    acronyms: [...new Set(acronyms)],
    initials: kept.map((word) => word[0]).join(''),
  };
}
