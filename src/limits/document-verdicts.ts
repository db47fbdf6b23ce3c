import { LRUCache } from 'lru-cache';

/** Documents whose verdict is kept, and the characters of document text kept at most. */
const MAX_DOCUMENTS = 1_000;
const MAX_TEXT_CHARACTERS = 10_000_000;

/**
 * A bounded cache of what a check concluded about a document, keyed by the
 * document's text: clients send the same few documents over and over, and
 * a check that depends on the text alone need not parse and walk it again.
 * Least recently used documents go first; the total text kept is bounded
 * too, so large documents cannot fill memory.
 */
export function documentVerdicts<V extends object | boolean | number>(): LRUCache<string, V> {
  return new LRUCache<string, V>({
    max: MAX_DOCUMENTS,
    maxSize: MAX_TEXT_CHARACTERS,
    sizeCalculation: (_verdict, text) => Math.max(1, text.length),
  });
}
