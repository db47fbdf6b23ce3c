import type { FieldNode } from 'graphql';
import type { SelectionInfo } from '../pages/page-projection.js';

/**
 * `build` made once per field node: a projection depends on the document
 * alone, and the field nodes of a document are the same objects on every
 * request that sends it (parsed documents are cached), so each is built once.
 */
export function perFieldNode<T>(build: (info: SelectionInfo) => T): (info: SelectionInfo) => T {
  const built = new WeakMap<readonly FieldNode[], T>();
  return (info) => {
    let value = built.get(info.fieldNodes);
    if (value === undefined) {
      value = build(info);
      built.set(info.fieldNodes, value);
    }
    return value;
  };
}
