import {
  Kind,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** What a walk over an operation's fields found. */
export interface SelectionShape {
  /** Deepest field nesting; a root field is depth 1. */
  depth: number;
  /** Aliased fields, counted each time a fragment is spread. */
  aliases: number;
}

/**
 * Walks an operation's selections with every fragment spread expanded in
 * place, so a fragment cannot hide depth or aliases. A fragment already being
 * expanded on the current path is not expanded again (cycles are invalid
 * GraphQL anyway; this only keeps the walk finite before validation says so).
 * Introspection fields (`__schema`, `__type`) are left out of the depth.
 */
export function selectionShape(
  operation: OperationDefinitionNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
): SelectionShape {
  let aliases = 0;
  const walk = (selectionSet: SelectionSetNode, depth: number, path: Set<string>): number => {
    let deepest = depth;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) aliases += 1;
        // Introspection is switched on or off as a whole; its deep type
        // references are not a data query, so its depth does not count.
        if (selection.name.value.startsWith('__')) continue;
        const below = selection.selectionSet
          ? walk(selection.selectionSet, depth + 1, path)
          : depth + 1;
        deepest = Math.max(deepest, below);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, walk(selection.selectionSet, depth, path));
      } else {
        const name = selection.name.value;
        const fragment = fragments[name];
        if (!fragment || path.has(name)) continue;
        deepest = Math.max(deepest, walk(fragment.selectionSet, depth, new Set(path).add(name)));
      }
    }
    return deepest;
  };
  const depth = walk(operation.selectionSet, 0, new Set());
  return { depth, aliases };
}
