import type DataLoader from 'dataloader';
import { adopted, type ModelClass } from './adopt-model.js';

/**
 * A related entity for a field resolver: the copy its parent's statement
 * brought along when there is one (returned at once, and primed into the
 * loader so later loads of it need no query), else a load by key.
 */
export function embeddedOrLoad<T extends object>(
  embedded: T | null | undefined,
  loader: DataLoader<string, T | null>,
  key: string,
  model: ModelClass,
): T | Promise<T | null> {
  if (!embedded) return loader.load(key);
  loader.prime(key, adopted(embedded, model));
  return embedded;
}
