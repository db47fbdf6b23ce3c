import type { Connection, Edge } from './connection.type.js';
import type { PageWindow } from './page-args.js';
import { toConnection } from './to-connection.js';

/**
 * `toConnection`, with the edges and page info built only when a request
 * reads them: most requests select `nodes`, and encoding a cursor for every
 * item of every nested page is measurable work on large responses.
 */
export function lazyConnection<T>(
  items: T[],
  totalCount: number,
  window: PageWindow,
): Connection<T> {
  let built: Connection<T> | undefined;
  const full = () => (built ??= toConnection(items, totalCount, window));
  return {
    totalCount,
    nodes: items,
    get edges(): Edge<T>[] {
      return full().edges;
    },
    get pageInfo() {
      return full().pageInfo;
    },
  };
}
