import type { GraphClient } from '../graph/graph-client.js';
import type { StatementName } from '../graph/statement-names.js';
import { adoptModel, type ModelClass } from './adopt-model.js';

/**
 * The batch function behind every loader: one statement for all keys
 * (`UNWIND $keys`), whose rows are `{key, value}`; the result has one entry
 * per key, in key order, and `missing` where the graph has nothing. With a
 * `model`, every object of a value (or of a page's items) becomes an instance
 * of that model class (see `adoptModel`).
 */
export function keyedBatch<V, M>(
  graph: GraphClient,
  statement: StatementName,
  missing: M,
  params: Record<string, unknown> = {},
  model?: ModelClass,
): (keys: readonly string[]) => Promise<Array<V | M>> {
  return async (keys) => {
    const rows = await graph.batch(statement, keys.length, () =>
      graph.read<{ key: string; value: V }>(statement, { ...params, keys }),
    );
    const byKey = new Map<string, V>();
    for (const row of rows) {
      if (model) adoptModel(row.value, model);
      byKey.set(row.key, row.value);
    }
    return keys.map((key) => (byKey.has(key) ? (byKey.get(key) as V) : missing));
  };
}
