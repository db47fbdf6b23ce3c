import { searchWords } from './search-text.js';

/** Characters with a meaning in Lucene's query syntax, escaped in user text. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * Builds a full-text query from what a user typed: each word matches as a
 * whole word (boosted) or as the start of one ("hamb" finds Hamburg), and
 * entities matching more of the words rank higher. Lucene's operators in the
 * text become word breaks, so user text never reaches the query syntax; the
 * text is bounded (search-text.ts), so the query never exceeds Lucene's
 * clause limit. Returns null for text with no words.
 */
export function luceneQuery(text: string): string | null {
  const words = searchWords(text, LUCENE_SPECIAL);
  if (words.length === 0) return null;
  return words.map((word) => `(${word}^2 OR ${word}*)`).join(' ');
}
