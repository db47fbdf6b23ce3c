import type { GraphQLResolveInfo } from 'graphql';
import { selectedFields } from '../projection/selected-fields.js';

/** Which parts of a connection a request selects. */
export interface ConnectionParts {
  /** `totalCount`, or `pageInfo` (whose hasNextPage needs the total). */
  total: boolean;
  /** `nodes`, `edges` or `pageInfo` (whose cursors need the items). */
  items: boolean;
}

/**
 * The parts of a connection field the request selects (through fragments
 * too), so that a list statement computes only those: a `totalCount` over
 * the whole graph needs no page, and a page needs no count.
 */
export function connectionParts(info: GraphQLResolveInfo): ConnectionParts {
  const names = selectedFields(info, []);
  return {
    total: names.has('totalCount') || names.has('pageInfo'),
    items: names.has('nodes') || names.has('edges') || names.has('pageInfo'),
  };
}
