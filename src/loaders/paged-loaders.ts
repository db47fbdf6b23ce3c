import DataLoader from 'dataloader';
import type { GraphClient } from '../graph/graph-client.js';
import { EMPTY_PAGE, type Page } from '../pagination/to-connection.js';
import type { ModelClass } from './adopt-model.js';
import { keyedBatch } from './keyed-batch.js';

/**
 * Loaders for paginated nested lists. A nested page depends on the field's
 * arguments (first, after, role …) as well as on the parent, so there is one
 * DataLoader per statement and argument set: all parents asking for the same
 * page shape are batched into one statement, and different shapes never share
 * a cached result.
 */
export class PagedLoaders {
  private readonly loaders = new Map<string, DataLoader<string, Page<unknown>>>();

  constructor(
    private readonly graph: GraphClient,
    private readonly options: { batch: boolean } = { batch: true },
    /** The model class of each statement's items (see `adoptModel`). */
    private readonly models: Readonly<Record<string, ModelClass>> = {},
  ) {}

  load<T>(statement: string, params: Record<string, unknown>, key: string): Promise<Page<T>> {
    const cacheKey = `${statement}|${JSON.stringify(params)}`;
    let loader = this.loaders.get(cacheKey);
    if (!loader) {
      loader = new DataLoader(
        keyedBatch<Page<unknown>, Page<unknown>>(
          this.graph,
          statement,
          EMPTY_PAGE,
          params,
          this.models[statement],
        ),
        { batch: this.options.batch },
      );
      this.loaders.set(cacheKey, loader);
    }
    return loader.load(key) as Promise<Page<T>>;
  }
}
