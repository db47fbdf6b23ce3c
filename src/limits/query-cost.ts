import type { DocumentNode, GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

/** Rows assumed for a list field that has no `first` argument. */
export const DEFAULT_LIST_SIZE = 10;

/**
 * Cost of a field: 1, plus its children's cost times the number of rows it
 * can return — `first` where the field takes one, DEFAULT_LIST_SIZE for other
 * lists. The `nodes`/`edges` of a connection are already counted by the
 * connection's `first`. Introspection costs nothing.
 */
const rowsEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  // Introspection reads the schema, not the graph: free (it has its own switch).
  if (field.name.startsWith('__') || type.name.startsWith('__')) return 0;
  const inConnection = type.name.endsWith('Connection') || type.name.endsWith('Edge');
  const isList = String(field.type).replace(/!$/, '').startsWith('[');
  let rows = 1;
  if (typeof args.first === 'number') rows = Math.max(args.first, 1);
  else if (isList && !inConnection) rows = DEFAULT_LIST_SIZE;
  return 1 + childComplexity * rows;
};

/** The estimated cost of running one operation of a document with these variables. */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
): number {
  return getComplexity({
    schema,
    query: document,
    operationName,
    variables: variables ?? {},
    estimators: [rowsEstimator],
  });
}
