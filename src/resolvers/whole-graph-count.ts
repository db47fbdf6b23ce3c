import type { Loaders } from '../loaders/create-loaders.js';

/**
 * For a root list whose filter parameters are all null: its total, read from
 * the whole-graph totals the request's other root fields share (`listPage`'s
 * `wholeTotal`). Undefined when something is filtered: then only the list
 * statement can count.
 */
export function wholeGraphCount(
  loaders: Loaders,
  filters: Record<string, unknown>,
  count: 'organisationCount' | 'projectCount',
): (() => Promise<number>) | undefined {
  if (!Object.values(filters).every((value) => value === null)) return undefined;
  return async () => (await loaders.graphTotals.load('counts'))[count];
}
