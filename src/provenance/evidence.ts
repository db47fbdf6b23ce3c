import { foldAccents } from '../domain/fold-accents.js';

/**
 * Whether cited text shows a name or a value. Both are compared folded:
 * without accents or case, every run of punctuation and space one space
 * ("From Gaps to Caps_Main Report" = "From Gaps to Caps – Main Report",
 * "and\nEmergency" = "and Emergency"). A phrase is shown when it appears
 * whole, or when each of its words of three or more letters appears, a
 * plural "s" aside ("Forest fires" in "Forest Fire Prevention"): page
 * wording is rarely the record's own word order.
 */
export function fold(text: string): string {
  return ` ${foldAccents(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

export function showsPhrase(passage: string, phrase: string): boolean {
  const text = fold(passage);
  const wanted = fold(phrase);
  if (wanted.trim() === '') return false;
  if (text.includes(wanted)) return true;
  const words = wanted
    .trim()
    .split(' ')
    .filter((word) => word.length >= 3 || /^\d+$/.test(word));
  return words.length > 0 && words.every((word) => text.includes(` ${word.replace(/s$/, '')}`));
}

/**
 * Whether cited text shows a value in its own wording: a number with or
 * without thousands spaces ("660 000"), a date by its year, text as a phrase.
 */
export function showsValue(passage: string, value: unknown): boolean {
  if (typeof value === 'number') {
    const digits = String(value);
    const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
    const text = fold(passage);
    return text.includes(` ${digits} `) || text.includes(` ${grouped} `);
  }
  if (typeof value === 'string' && /^\d{4}(-\d{2}){0,2}$/.test(value)) {
    return fold(passage).includes(` ${value.slice(0, 4)} `);
  }
  if (typeof value === 'string') return showsPhrase(passage, value);
  return false;
}
