import type { Loaders } from '../loaders/create-loaders.js';
import type { Connection } from '../pagination/connection.type.js';
import { pageWindow, type PageArgs } from '../pagination/page-args.js';
import { lazyConnection } from './lazy-connection.js';

/**
 * A page of a nested list through the paged loaders: all parents asking for
 * the same page shape share one statement.
 */
export async function nestedPage<T>(
  loaders: Loaders,
  statement: string,
  key: string,
  args: PageArgs,
  filters: Record<string, unknown> = {},
): Promise<Connection<T>> {
  const window = pageWindow(args);
  const page = await loaders.pages.load<T>(statement, { ...filters, ...window }, key);
  return lazyConnection(page.items, page.totalCount, window);
}
