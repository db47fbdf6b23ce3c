import type { Loaders } from '../loaders/create-loaders.js';
import type { Connection } from './connection.type.js';
import { pageWindow, type PageArgs } from './page-args.js';
import type { PageProjection } from './page-projection.js';
import { lazyConnection } from './lazy-connection.js';
import { PAGE_STATEMENTS, type PageName } from './page-statements.js';

/**
 * A page of a nested list through the paged loaders: all parents asking for
 * the same page shape share one statement. With a `projection`, the
 * statement fetches only what the request selects of the items.
 */
export async function nestedPage<T>(
  loaders: Loaders,
  list: PageName,
  key: string,
  args: PageArgs,
  filters: Record<string, unknown> = {},
  projection?: PageProjection<T>,
): Promise<Connection<T>> {
  const window = pageWindow(args);
  const page = await loaders.pages.load<T>(
    PAGE_STATEMENTS[list],
    { ...filters, ...projection?.params, ...window },
    key,
    projection?.decodeItem,
  );
  return lazyConnection(page.items, page.totalCount, window);
}
