import { searchWords } from './search-text.js';

/** Characters with a meaning in Lucene's query syntax, escaped in user text. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Words shorter than this match exactly or as a prefix only: one typo in "eu" is another word. */
export const MIN_FUZZY_LENGTH = 4;
/** Words from this length may differ by two edits ("hamburgg" → Hamburg needs one). */
const TWO_EDITS_LENGTH = 8;
/**
 * Only the first words of a text are matched with typos: each fuzzy word
 * expands to at most 50 terms of the index (Lucene's default), so six of them
 * stay far below Lucene's limit of 1024 clauses, whatever is typed.
 */
export const MAX_FUZZY_WORDS = 6;
/** How much more an entity matching every word counts than the best partial match. */
const ALL_WORDS_BOOST = 8;

function wordClause(word: string, index: number): string {
  const fuzzy =
    index < MAX_FUZZY_WORDS && word.length >= MIN_FUZZY_LENGTH
      ? ` OR ${word}~${word.length >= TWO_EDITS_LENGTH ? 2 : 1}`
      : '';
  return `(${word}^2 OR ${word}*${fuzzy})`;
}

/**
 * Builds a full-text query from what a user typed: each word matches as a
 * whole word (boosted), as the start of one ("hamb" finds Hamburg) or, from
 * four letters, with a typo ("hamburgg" finds Hamburg); an entity that matches
 * every word (as a word or a prefix) ranks above any that matches only some
 * ("lithuania fire" puts the Lithuanian fire department before other fire
 * services). Lucene's operators in the text become word breaks, so user text
 * never reaches the query syntax; the text is bounded (search-text.ts), so the
 * query stays within Lucene's clause limit. Returns null for text with no words.
 */
export function luceneQuery(text: string): string | null {
  const words = searchWords(text, LUCENE_SPECIAL);
  if (words.length === 0) return null;
  const anyWord = words.map(wordClause).join(' ');
  if (words.length === 1) return anyWord;
  const allWords = words.map((word) => `+(${word} OR ${word}*)`).join(' ');
  return `(${allWords})^${ALL_WORDS_BOOST} ${anyWord}`;
}
