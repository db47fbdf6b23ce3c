import type { GraphQLResolveInfo } from 'graphql';
import type { GraphClient } from '../graph/graph-client.js';
import { assertNoUnknownIds, type UnknownFilterId } from '../filters/filter-id-checks.js';
import { adoptModel, type ModelClass } from '../loaders/adopt-model.js';
import type { Connection } from './connection.type.js';
import { pageWindow, type PageArgs } from './page-args.js';
import { connectionParts } from './connection-parts.js';
import { lazyConnection } from './lazy-connection.js';
import { PAGE_STATEMENTS, type PageName } from './page-statements.js';

/** What a root list's page is read with. */
export interface ListPageOptions {
  graph: GraphClient;
  /** What is listed: its statement returns one row with `totalCount` and `items`. */
  list: PageName;
  /** The filter parameters, null where not filtered. */
  filters?: Record<string, unknown>;
  /** Everything else the statement takes (sort, direction). */
  params?: Record<string, unknown>;
  page: PageArgs;
  /** The request's `info`: the statement is told which of total and items are selected. */
  info?: GraphQLResolveInfo;
  /** The items become instances of this class (see `adoptModel`). */
  model?: ModelClass;
  /**
   * The count of everything the list holds, from the whole-graph totals
   * other root fields share: answers a request for the total alone, without
   * the list statement, when no filter is set.
   */
  wholeTotal?: () => Promise<number>;
}

/**
 * A page of a root list: one statement returns the page and the total. With
 * `info`, the statement is told which of the two are selected (`$withTotal`,
 * `$withItems`) and may skip the other. `params.idChecks` (see
 * filter-id-checks.ts) are looked up by the same statement: an id it does not
 * know is a BAD_USER_INPUT error, not an empty page.
 */
export async function listPage<T>(options: ListPageOptions): Promise<Connection<T>> {
  const { graph, list, filters = {}, params = {}, page, info, model, wholeTotal } = options;
  const window = pageWindow(page);
  const parts = info ? connectionParts(info) : { total: true, items: true };
  const unfiltered = Object.values(filters).every((value) => value === null);
  if (wholeTotal && unfiltered && !parts.items) {
    return lazyConnection([], await wholeTotal(), window);
  }
  const [row] = await graph.read<{
    totalCount: number | null;
    items: T[] | null;
    unknownIds?: UnknownFilterId[];
  }>(PAGE_STATEMENTS[list], {
    idChecks: [],
    ...filters,
    ...params,
    ...window,
    withTotal: parts.total,
    withItems: parts.items,
  });
  assertNoUnknownIds(row?.unknownIds);
  const items = row?.items ?? [];
  if (model) adoptModel(items, model);
  return lazyConnection(items, row?.totalCount ?? 0, window);
}
