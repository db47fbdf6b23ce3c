import type DataLoader from 'dataloader';
import { adopted, type ModelClass } from './adopt-model.js';

/**
 * A related entity for a field resolver: the copy its parent's statement
 * brought along when there is one, else a load by key. The copy holds only
 * what this part of the request selects, so it is never primed into the
 * loader, whose entities must serve any selection.
 */
export function embeddedOrLoad<T extends object>(
  embedded: T | null | undefined,
  loader: DataLoader<string, T | null>,
  key: string,
  model: ModelClass,
): T | Promise<T | null> {
  return embedded ? adopted(embedded, model) : loader.load(key);
}
