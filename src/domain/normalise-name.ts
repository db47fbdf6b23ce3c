/**
 * The comparison key of a name: accents folded (ą -> a, æ -> ae, ø -> o),
 * lower case, "&" read as "and", punctuation and spaces collapsed. Two names
 * with the same key are the same name written differently.
 */
export function normaliseName(name: string): string {
  return name
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .replace(/ß/g, 'ss')
    .replace(/[łŁ]/g, 'l')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
