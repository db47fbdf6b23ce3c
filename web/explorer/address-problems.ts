import { LIST_KEYS, NUMBER_KEYS } from './network-filter';

/**
 * What the explorer could not read in its address, in words: a number that is
 * not a whole number, a parameter it does not know. The filter leaves these
 * out; the page says so instead of drawing a different network silently.
 * (Unknown codes and ids are the API's to reject, with its own message.)
 */
export function addressProblems(params: URLSearchParams): string[] {
  const problems: string[] = [];
  const known = new Set<string>([...LIST_KEYS, ...NUMBER_KEYS]);
  for (const key of NUMBER_KEYS) {
    const text = params.get(key);
    if (text !== null && !Number.isInteger(Number(text))) {
      problems.push(`${key}=${shown(text)} is not a whole number, so it was left out.`);
    }
  }
  for (const key of new Set(params.keys())) {
    if (!known.has(key)) {
      problems.push(
        `${shown(key)} is not a filter of the explorer (it reads ${[...known].join(', ')}), so it was left out.`,
      );
    }
  }
  return problems;
}

/** A value from the address as it may be shown: quoted and cut short. */
function shown(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}
