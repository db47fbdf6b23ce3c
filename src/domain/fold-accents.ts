/**
 * Text without accents and in lower case, the way Lucene's ASCII folding
 * sees it: letters that are not a base letter plus a mark (æ, ø, ß, ł) are
 * spelt out, the others lose their marks (ą -> a, ä -> a).
 */
export function foldAccents(text: string): string {
  return text
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .replace(/ß/g, 'ss')
    .replace(/[łŁ]/g, 'l')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
}
