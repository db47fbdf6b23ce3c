import type { GraphClient } from '../graph/graph-client.js';
import type { Connection } from '../pagination/connection.type.js';
import { pageWindow, type PageArgs } from '../pagination/page-args.js';
import { toConnection } from '../pagination/to-connection.js';

/** A page of a root list: one statement returns the page and the total. */
export async function listPage<T>(
  graph: GraphClient,
  statement: string,
  params: Record<string, unknown>,
  args: PageArgs,
): Promise<Connection<T>> {
  const window = pageWindow(args);
  const [row] = await graph.read<{ totalCount: number; items: T[] }>(statement, {
    ...params,
    ...window,
  });
  return toConnection(row?.items ?? [], row?.totalCount ?? 0, window);
}
