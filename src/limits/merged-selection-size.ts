import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** Fields of one selection set, counted by response name (alias, or field name). */
type NameCounts = Map<string, number>;

/**
 * The largest number of fields sharing one response name that GraphQL
 * validation compares with one another in one selection set: its own
 * fields, those of its inline fragments, and those its fragment spreads bring
 * in (transitively). The "fields can be merged" rule compares the fields of
 * each response name pairwise, so a 17 KB document repeating one field 500
 * times costs half a second of validation; this count, taken before
 * validation, lets such a document be refused first. Fields with different
 * names are never compared, so a flood of distinct aliases is left to the
 * alias limit. Each selection set and fragment is counted once and reused; a
 * level adds up the counts of the distinct fragments spread at it, so the
 * work grows with the document times the distinct names a fragment carries
 * (both bounded by the token limit). A fragment reached along two paths
 * counts twice, which only errs towards refusing; counts stop growing at
 * `cap`, so doubling fragments cannot overflow.
 */
export function largestMergedSelection(document: DocumentNode, cap: number): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
  }
  const fragmentCounts = new Map<string, NameCounts>();
  const inProgress = new Set<string>();
  const levelCounts = new Map<SelectionSetNode, NameCounts>();
  let largest = 0;

  const add = (into: NameCounts, name: string, count: number): void => {
    const total = Math.min((into.get(name) ?? 0) + count, cap);
    into.set(name, total);
    largest = Math.max(largest, total);
  };

  /** Fields merged at the level of a fragment (its own, inline and spread ones). */
  const fragmentCount = (name: string): NameCounts => {
    const known = fragmentCounts.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    // Unknown or cyclic spreads are validation's to refuse; they add nothing here.
    if (!fragment || inProgress.has(name)) return new Map();
    inProgress.add(name);
    const counts = levelCount(fragment.selectionSet);
    inProgress.delete(name);
    fragmentCounts.set(name, counts);
    return counts;
  };

  /** Fields merged into one level; a fragment spread twice at one level counts once, as in validation. */
  const levelCount = (selectionSet: SelectionSetNode): NameCounts => {
    const known = levelCounts.get(selectionSet);
    if (known) return known;
    const counts: NameCounts = new Map();
    const spread = new Set<string>();
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        add(counts, (selection.alias ?? selection.name).value, 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        for (const [name, count] of levelCount(selection.selectionSet)) add(counts, name, count);
      } else if (!spread.has(selection.name.value)) {
        spread.add(selection.name.value);
        for (const [name, count] of fragmentCount(selection.name.value)) add(counts, name, count);
      }
    }
    levelCounts.set(selectionSet, counts);
    return counts;
  };

  /** Every selection set of the document, each measured at its own level. */
  const visitSets = (selectionSet: SelectionSetNode): void => {
    levelCount(selectionSet);
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
