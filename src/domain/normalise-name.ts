import { foldAccents } from './fold-accents.js';

/**
 * The comparison key of a name: accents folded (ą -> a, æ -> ae, ø -> o),
 * lower case, "&" read as "and", punctuation and spaces collapsed. Two names
 * with the same key are the same name written differently.
 */
export function normaliseName(name: string): string {
  return foldAccents(name)
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
