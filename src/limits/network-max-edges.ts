import {
  getArgumentValues,
  isInputObjectType,
  Kind,
  visit,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';

/** The range `partnershipNetwork` accepts for `maxEdges` (checked by its resolver before any query). */
const MAX_EDGES_RANGE = { min: 1, max: 50_000 };

/**
 * The largest `filter.maxEdges` any `partnershipNetwork` field of the
 * document asks for (its default when none is given), so that the network's
 * `edges` and `nodes` cost what that network can return. One pass over the
 * document's own nodes (fragments are not expanded). The largest, not each
 * one: a fragment on PartnershipNetwork is analysed once, wherever it is
 * spread; two networks of different sizes in one document are rare, and the
 * larger bound only errs towards refusing. A value outside the accepted
 * range is left out: the resolver refuses it as BAD_USER_INPUT naming
 * `maxEdges` before it reads anything, which tells the caller more than
 * "too costly".
 */
export function networkMaxEdges(
  schema: GraphQLSchema,
  document: DocumentNode,
  variableValues: Readonly<Record<string, unknown>>,
): number {
  const field = schema.getQueryType()?.getFields().partnershipNetwork;
  const filterType = field?.args.find((arg) => arg.name === 'filter')?.type;
  const defaultMaxEdges = isInputObjectType(filterType)
    ? filterType.getFields().maxEdges?.defaultValue
    : undefined;
  let largest = 0;
  if (!field) return largest;
  visit(document, {
    [Kind.FIELD](node) {
      if (node.name.value !== field.name) return;
      const filter = getArgumentValues(field, node, variableValues).filter as
        { maxEdges?: unknown } | null | undefined;
      const maxEdges = filter?.maxEdges ?? defaultMaxEdges;
      if (
        typeof maxEdges === 'number' &&
        maxEdges >= MAX_EDGES_RANGE.min &&
        maxEdges <= MAX_EDGES_RANGE.max
      ) {
        largest = Math.max(largest, maxEdges);
      }
    },
  });
  return largest;
}
