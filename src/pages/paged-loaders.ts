import type { StatementName } from '../graph/statement-names.js';
import DataLoader from 'dataloader';
import type { GraphClient } from '../graph/graph-client.js';
import { EMPTY_PAGE, type Page } from './to-connection.js';
import type { ModelClass } from '../loaders/adopt-model.js';
import { keyedBatch } from '../loaders/keyed-batch.js';

/** Turns one raw item of a page into its model instance (see `PageProjection`). */
export type DecodeItem<T> = (item: unknown, parentKey: string) => T;

/**
 * Loaders for paginated nested lists. A nested page depends on the field's
 * arguments (first, after, role …) and on what the request selects of its
 * items, as well as on the parent, so there is one DataLoader per statement
 * and parameter set: all parents asking for the same page shape are batched
 * into one statement, and different shapes never share a cached result.
 */
export class PagedLoaders {
  private readonly loaders = new Map<string, DataLoader<string, Page<unknown>>>();

  constructor(
    private readonly graph: GraphClient,
    private readonly options: { batch: boolean } = { batch: true },
    /** The model class of each statement's items (see `adoptModel`). */
    private readonly models: Readonly<Record<string, ModelClass>> = {},
  ) {}

  /**
   * The page of `key`. With `decodeItem`, the statement's items are raw rows
   * that it turns into model instances; the parameters must then determine
   * the decoding (they hold the property lists it follows).
   */
  load<T>(
    statement: StatementName,
    params: Record<string, unknown>,
    key: string,
    decodeItem?: DecodeItem<T>,
  ): Promise<Page<T>> {
    const cacheKey = `${statement}|${JSON.stringify(params)}`;
    let loader = this.loaders.get(cacheKey);
    if (!loader) {
      const batch = keyedBatch<Page<unknown>, Page<unknown>>(
        this.graph,
        statement,
        EMPTY_PAGE,
        params,
        decodeItem ? undefined : this.models[statement],
      );
      const decoded = decodeItem
        ? async (keys: readonly string[]) =>
            (await batch(keys)).map((page, index) =>
              page === EMPTY_PAGE
                ? page
                : {
                    totalCount: page.totalCount,
                    items: page.items.map((item) => decodeItem(item, keys[index] as string)),
                  },
            )
        : batch;
      loader = new DataLoader(decoded, { batch: this.options.batch });
      this.loaders.set(cacheKey, loader);
    }
    return loader.load(key) as Promise<Page<T>>;
  }
}
