import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * The largest number of fields that GraphQL validation compares with one
 * another in one selection set: its own fields, those of its inline
 * fragments, and those its fragment spreads bring in (transitively). The
 * "fields can be merged" rule compares such fields pairwise, so a 17 KB
 * document repeating one field 500 times costs half a second of validation;
 * this count, taken before validation, lets such a document be refused
 * first. Linear in the document: each selection set and fragment is counted
 * once and reused. A fragment reached along two paths counts twice, which
 * only errs towards refusing; counts stop growing at `cap`, so doubling
 * fragments cannot overflow.
 */
export function largestMergedSelection(document: DocumentNode, cap: number): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
  }
  const fragmentCounts = new Map<string, number>();
  const inProgress = new Set<string>();
  let largest = 0;

  /** Fields merged at the level of a fragment (its own, inline and spread ones). */
  const fragmentCount = (name: string): number => {
    const known = fragmentCounts.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    // Unknown or cyclic spreads are validation's to refuse; they add nothing here.
    if (!fragment || inProgress.has(name)) return 0;
    inProgress.add(name);
    const count = levelCount(fragment.selectionSet);
    inProgress.delete(name);
    fragmentCounts.set(name, count);
    return count;
  };

  /** Fields merged into one level, each level counted once; a fragment spread twice at a level counts once. */
  const levelCounts = new Map<SelectionSetNode, number>();
  const levelCount = (selectionSet: SelectionSetNode): number => {
    const known = levelCounts.get(selectionSet);
    if (known !== undefined) return known;
    const spread = new Set<string>();
    let count = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) count += 1;
      else if (selection.kind === Kind.INLINE_FRAGMENT) count += levelCount(selection.selectionSet);
      else if (!spread.has(selection.name.value)) {
        spread.add(selection.name.value);
        count += fragmentCount(selection.name.value);
      }
      count = Math.min(count, cap);
    }
    levelCounts.set(selectionSet, count);
    return count;
  };

  /** Every selection set of the document, each measured at its own level. */
  const visitSets = (selectionSet: SelectionSetNode): void => {
    largest = Math.max(largest, levelCount(selectionSet));
    for (const selection of selectionSet.selections) {
      if (selection.kind !== Kind.FRAGMENT_SPREAD && selection.selectionSet)
        visitSets(selection.selectionSet);
    }
  };
  for (const definition of document.definitions) {
    if (
      definition.kind === Kind.OPERATION_DEFINITION ||
      definition.kind === Kind.FRAGMENT_DEFINITION
    )
      visitSets(definition.selectionSet);
  }
  return largest;
}
