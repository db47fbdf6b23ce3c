/** A type-graphql object type class. */
export type ModelClass = abstract new (...args: never[]) => object;

/**
 * Makes the plain objects of a loaded value instances of their model class:
 * the value itself, each element of a list, each item of a page
 * (`{totalCount, items}`). type-graphql copies a parent object into a new
 * instance of its class for every field resolver it calls on it, unless it
 * already is one; on a response of a thousand organisations that copying is
 * a large share of the CPU time.
 */
export function adoptModel(value: unknown, model: ModelClass): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) adoptModel(item, model);
    return;
  }
  const items = (value as { items?: unknown }).items;
  if ('totalCount' in value && Array.isArray(items)) {
    for (const item of items) adoptModel(item, model);
    return;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) {
    Object.setPrototypeOf(value, model.prototype);
  }
}

/** `adoptModel`, returning the value (typed as the model). */
export function adopted<T>(value: T, model: ModelClass): T {
  adoptModel(value, model);
  return value;
}
