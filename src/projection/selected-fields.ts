import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { FieldNodesCache } from './field-nodes-cache.js';

type Fragments = GraphQLResolveInfo['fragments'];

/**
 * The names of the fields a request selects below the field being resolved,
 * at the end of `path` (field names, not aliases), through fragments and
 * inline fragments. With several paths, the union: a connection's items are
 * selected under `nodes` and under `edges { node }`.
 *
 * `@skip` and `@include` are not evaluated, so the answer is a superset of
 * what execution will read, and depends on the document alone. That makes it
 * safe to cache per field of the document (see `FieldNodesCache`): every
 * request that sends the document, and every parent of a page of 1,000,
 * finds the selection walked once.
 */
export function selectedFields(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
  ...paths: ReadonlyArray<readonly string[]>
): ReadonlySet<string> {
  let byPath = cache.get(info.fieldNodes);
  if (!byPath) {
    byPath = new Map();
    cache.set(info.fieldNodes, byPath);
  }
  const cacheKey = paths.map((path) => path.join('.')).join('|');
  let names = byPath.get(cacheKey);
  if (!names) {
    names = new Set();
    const roots = info.fieldNodes.map((node) => node.selectionSet);
    for (const path of paths) {
      let level = roots;
      for (const name of path) level = childSelections(level, name, info.fragments);
      for (const selectionSet of level) collectNames(selectionSet, info.fragments, names);
    }
    byPath.set(cacheKey, names);
  }
  return names;
}

const cache = new FieldNodesCache<Map<string, Set<string>>>();

/** The selection sets of every field called `name` in the given selection sets. */
function childSelections(
  selectionSets: ReadonlyArray<SelectionSetNode | undefined>,
  name: string,
  fragments: Fragments,
): Array<SelectionSetNode | undefined> {
  const found: Array<SelectionSetNode | undefined> = [];
  const visit = (selectionSet: SelectionSetNode | undefined): void => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === name) found.push(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else visit(fragments[selection.name.value]?.selectionSet);
    }
  };
  for (const selectionSet of selectionSets) visit(selectionSet);
  return found;
}

function collectNames(
  selectionSet: SelectionSetNode | undefined,
  fragments: Fragments,
  names: Set<string>,
): void {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) names.add(selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT) {
      collectNames(selection.selectionSet, fragments, names);
    } else collectNames(fragments[selection.name.value]?.selectionSet, fragments, names);
  }
}
