import type { GraphClient } from '../graph-client.js';

/** A node that shares names but has no name keys yet. */
export interface UnkeyedNamedNode {
  label: string;
  id: string;
  names: string[];
}

/** The organisations and funding sources written before name keys existed, by label, then id. */
export async function unkeyedNamedNodes(graph: GraphClient): Promise<UnkeyedNamedNode[]> {
  return graph.read<UnkeyedNamedNode>('mutations/unkeyed-named-nodes');
}
