import type { FieldNode } from 'graphql';

interface Entry<T> {
  value?: T;
  /** Entries for a longer list of field nodes that starts with this one's. */
  longer?: WeakMap<FieldNode, Entry<T>>;
}

/**
 * Values kept per field of a document, keyed by the field's nodes
 * (`info.fieldNodes`, in order). graphql-js builds that array afresh on
 * every execution, so a cache keyed by the array is found again only
 * within one request; the nodes themselves belong to the parsed document,
 * which Apollo Server keeps for every request that sends the same text. So
 * a value built once is found by every later request for the document. The
 * list, not its first node, is the key: a fragment's field merged with
 * another selection of the same field has the same first node and a
 * different selection.
 */
export class FieldNodesCache<T> {
  private readonly first = new WeakMap<FieldNode, Entry<T>>();

  get(nodes: readonly FieldNode[]): T | undefined {
    let level: WeakMap<FieldNode, Entry<T>> | undefined = this.first;
    let entry: Entry<T> | undefined;
    for (const node of nodes) {
      entry = level?.get(node);
      if (!entry) return undefined;
      level = entry.longer;
    }
    return entry?.value;
  }

  set(nodes: readonly FieldNode[], value: T): void {
    let level = this.first;
    let entry: Entry<T> | undefined;
    for (const [index, node] of nodes.entries()) {
      entry = level.get(node);
      if (!entry) {
        entry = {};
        level.set(node, entry);
      }
      if (index < nodes.length - 1) level = entry.longer ??= new WeakMap();
    }
    if (entry) entry.value = value;
  }
}
