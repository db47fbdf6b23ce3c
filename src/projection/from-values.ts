import type { ModelClass } from '../loaders/adopt-model.js';

/**
 * An instance of a model class from a statement's list of property values,
 * in the order of `properties`, starting at `offset` in `values` (statements
 * return `[k IN $properties | n[k]]`: Cypher cannot build a map with keys
 * chosen at run time; a page item is one flat list holding several such
 * runs). Built with its prototype from the start and its properties always
 * in the same order, so that all such objects share one shape.
 */
export function fromValues<T extends object>(
  model: ModelClass,
  properties: readonly string[],
  values: readonly unknown[],
  offset = 0,
): T {
  const instance = Object.create(model.prototype as object) as Record<string, unknown>;
  for (let i = 0; i < properties.length; i += 1)
    instance[properties[i]!] = values[offset + i] ?? null;
  return instance as T;
}

/**
 * An embedded node: `fromValues`, or null when the request does not select
 * it (`properties` null) or the statement found none (`values` null).
 */
export function embeddedFromValues<T extends object>(
  model: ModelClass,
  properties: readonly string[] | null,
  values: readonly unknown[] | null,
): T | null {
  return properties && values ? fromValues<T>(model, properties, values) : null;
}
