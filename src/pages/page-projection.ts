import type { GraphQLResolveInfo } from 'graphql';
import { selectedFields } from '../projection/selected-fields.js';
import { propertiesFor, type StoredFields } from '../projection/stored-fields.js';

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

export type SelectionInfo = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

/** The paths under a connection field at which its items are selected. */
export const ITEM_PATHS: ReadonlyArray<readonly string[]> = [['nodes'], ['edges', 'node']];

/** `ITEM_PATHS`, each extended by `fields` (into the items' own fields). */
export function itemPaths(...fields: string[]): string[][] {
  return ITEM_PATHS.map((path) => [...path, ...fields]);
}

/** The properties of the page's items themselves (the edges) that the request selects. */
export function itemProperties(info: SelectionInfo, stored: StoredFields): string[] {
  return propertiesFor(stored, selectedFields(info, ...itemPaths()));
}

/**
 * The properties to fetch for the field at `path` below a page's items (e.g.
 * `organisation`, then `organisation`, `country`), or null when the request
 * does not select that field.
 */
export function propertiesAt(
  info: SelectionInfo,
  stored: StoredFields,
  ...path: string[]
): string[] | null {
  const parent = selectedFields(info, ...itemPaths(...path.slice(0, -1)));
  if (!parent.has(path.at(-1) as string)) return null;
  return propertiesFor(stored, selectedFields(info, ...itemPaths(...path)));
}
