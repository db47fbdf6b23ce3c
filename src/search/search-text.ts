import { badUserInput } from '../errors.js';
import { foldAccents } from '../domain/fold-accents.js';

/**
 * Bounds of what a search may ask: at most 200 characters and 32 words.
 * Each word becomes at most five clauses of the Lucene query (see
 * lucene-query.ts: word, prefix, typo, and its part of the all-words clause),
 * and only the first few words are matched with typos, so a query stays far
 * below Lucene's limit of 1024 clauses, whatever is typed.
 */
export const MAX_SEARCH_TEXT = 200;
export const MAX_SEARCH_WORDS = 32;
// Folding spells some characters out (ß -> ss, ligatures); it may at most double the text.
const MAX_FOLDED_TEXT = 2 * MAX_SEARCH_TEXT;

function tooLong(detail: string): never {
  throw badUserInput(`"text" must be at most ${MAX_SEARCH_TEXT} characters, but got ${detail}`, {
    argument: 'text',
    maxLength: MAX_SEARCH_TEXT,
  });
}

/**
 * The words of a search text, folded (see fold-accents.ts) and split at white
 * space and at `wordBreaks`; a text beyond the bounds is a BAD_USER_INPUT error
 * naming the bound.
 */
export function searchWords(text: string, wordBreaks: RegExp): string[] {
  if (text.length > MAX_SEARCH_TEXT) tooLong(`${text.length}`);
  const folded = foldAccents(text);
  if (folded.length > MAX_FOLDED_TEXT) tooLong(`${folded.length} once accents are spelt out`);
  const words = folded
    .replace(wordBreaks, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 0);
  if (words.length > MAX_SEARCH_WORDS) {
    throw badUserInput(
      `"text" must be at most ${MAX_SEARCH_WORDS} words, but got ${words.length}`,
      {
        argument: 'text',
        maxWords: MAX_SEARCH_WORDS,
      },
    );
  }
  return words;
}
