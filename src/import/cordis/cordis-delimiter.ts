/** The separators CORDIS exports have used: `;` today, tab or `,` in older files. */
export const CORDIS_DELIMITERS = [';', '\t', ','] as const;

export type CordisDelimiter = (typeof CORDIS_DELIMITERS)[number];

/**
 * The separator of a CORDIS file, told by its header row: the candidate that
 * occurs most often on the first line (`;` when none does). Header names hold
 * no separators, so the count is the number of columns minus one.
 */
export function detectCordisDelimiter(text: string): CordisDelimiter {
  const end = text.indexOf('\n');
  const header = end === -1 ? text : text.slice(0, end);
  let best: CordisDelimiter = ';';
  let bestCount = 0;
  for (const delimiter of CORDIS_DELIMITERS) {
    const count = header.split(delimiter).length - 1;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}
