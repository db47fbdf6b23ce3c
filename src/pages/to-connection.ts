import type { Connection } from './connection.type.js';
import { encodeCursor } from './cursor.js';
import type { PageWindow } from './page-args.js';

/** A page of items fetched at `window.offset`, out of `totalCount`, as a connection. */
export function toConnection<T>(items: T[], totalCount: number, window: PageWindow): Connection<T> {
  const edges = items.map((node, index) => ({ cursor: encodeCursor(window.offset + index), node }));
  return {
    totalCount,
    edges,
    nodes: items,
    pageInfo: {
      hasNextPage: window.offset + items.length < totalCount,
      hasPreviousPage: window.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** What a paged Cypher statement returns per key: the page and the total before paging. */
export interface Page<T> {
  totalCount: number;
  items: T[];
}

export const EMPTY_PAGE: Page<never> = { totalCount: 0, items: [] };
