import type { SelectionInfo } from '../pages/page-projection.js';
import { FieldNodesCache } from './field-nodes-cache.js';

/**
 * `build` made once per field of a document: a projection depends on the
 * document alone, so every request that sends it reuses the one built for
 * the first (see `FieldNodesCache`).
 */
export function perFieldNode<T>(build: (info: SelectionInfo) => T): (info: SelectionInfo) => T {
  const built = new FieldNodesCache<T>();
  return (info) => {
    let value = built.get(info.fieldNodes);
    if (value === undefined) {
      value = build(info);
      built.set(info.fieldNodes, value);
    }
    return value;
  };
}
