import type { GraphQLResolveInfo } from 'graphql';
import type { GraphClient } from '../graph/graph-client.js';
import { adoptModel, type ModelClass } from '../loaders/adopt-model.js';
import type { Connection } from '../pagination/connection.type.js';
import { pageWindow, type PageArgs } from '../pagination/page-args.js';
import { assertNoUnknownIds, type UnknownFilterId } from '../filters/filter-id-checks.js';
import { connectionParts } from './connection-parts.js';
import { lazyConnection } from './lazy-connection.js';

/**
 * A page of a root list: one statement returns the page and the total. With
 * the request's `info`, the statement is told which of the two are selected
 * (`$withTotal`, `$withItems`) and may skip the other. With a `model`, the
 * items become instances of its class (see `adoptModel`). `wholeTotal`, given
 * when nothing is filtered, answers a request for the total alone without the
 * list statement (from the whole-graph totals other root fields share).
 * `params.idChecks` (see filter-id-checks.ts) are looked up by the same
 * statement: an id it does not know is a BAD_USER_INPUT error, not an empty page.
 */
export async function listPage<T>(
  graph: GraphClient,
  statement: string,
  params: Record<string, unknown>,
  args: PageArgs,
  info?: GraphQLResolveInfo,
  model?: ModelClass,
  wholeTotal?: () => Promise<number>,
): Promise<Connection<T>> {
  const window = pageWindow(args);
  const parts = info ? connectionParts(info) : { total: true, items: true };
  if (wholeTotal && !parts.items) return lazyConnection([], await wholeTotal(), window);
  const [row] = await graph.read<{
    totalCount: number | null;
    items: T[] | null;
    unknownIds?: UnknownFilterId[];
  }>(statement, {
    idChecks: [],
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
