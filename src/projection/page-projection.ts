/**
 * What a nested page statement is told to fetch (extra statement
 * parameters: lists of property names, or null for an end that is not
 * selected) and how each of its items becomes a model instance. The page's
 * parent key is passed along, so items need not repeat it.
 */
export interface PageProjection<T> {
  params: Record<string, unknown>;
  decodeItem(item: unknown, parentKey: string): T;
}

/** The paths under a connection field at which its items are selected. */
export const ITEM_PATHS: ReadonlyArray<readonly string[]> = [['nodes'], ['edges', 'node']];

/** `ITEM_PATHS`, each extended by `fields` (into the items' own fields). */
export function itemPaths(...fields: string[]): string[][] {
  return ITEM_PATHS.map((path) => [...path, ...fields]);
}
