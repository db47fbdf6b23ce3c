import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { introspectionBounds } from './introspection-bounds.js';
import { FALLBACK_LIST_ROWS, listBound } from './list-bounds.js';
import { networkMaxEdges } from './network-max-edges.js';

/** What one operation would do, measured before it runs. */
export interface QueryAnalysis {
  /** Deepest field nesting (a root field is depth 1); introspection fields are left out. */
  depth: number;
  /** Aliased fields once every fragment spread is expanded (introspection included). */
  aliases: number;
  /**
   * Objects the response can hold: a field of object type costs the rows it
   * can return times (1 + its children's cost); scalar fields are read with
   * their object and cost nothing. Introspection lists count with their
   * measured sizes (introspection-bounds.ts).
   */
  cost: number;
  /** Field nodes the operation would execute once every fragment spread is expanded. */
  fields: number;
  /** Selection nodes the analysis looked at: linear in the document, whatever its fragments. */
  visited: number;
}

/** The analysis could not be done (an unknown field, fragment or type, a cycle): refuse the query. */
export class QueryAnalysisError extends Error {}

/** Depth, aliases, cost and expanded field count of one selection set, relative to where it sits. */
interface SelectionTotals {
  depth: number;
  aliases: number;
  cost: number;
  fields: number;
}

const introspectionCache = new WeakMap<GraphQLSchema, Readonly<Record<string, number>>>();

/**
 * Measures an operation in one walk, linear in the size of the document: each
 * fragment is analysed once and its totals are memoised by name. A fragment's
 * totals do not depend on where it is spread — the spread adds its depth to
 * the enclosing depth, its aliases and fields to the enclosing counts, and
 * the enclosing field multiplies its cost by its rows — so a fragment spread
 * twice at every level of a tree costs two additions per level, not 2^n walks.
 * The expanded size is computed from the memo, never by expanding.
 *
 * `variableValues` are the coerced variables: `first: $n` costs the value of
 * `$n`. Throws QueryAnalysisError when something it needs is missing.
 */
export function analyseOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variableValues: Readonly<Record<string, unknown>>,
): QueryAnalysis {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
  }
  let introspection = introspectionCache.get(schema);
  if (!introspection) {
    introspection = introspectionBounds(schema);
    introspectionCache.set(schema, introspection);
  }
  const maxEdges = networkMaxEdges(schema, document, variableValues);
  const memo = new Map<string, SelectionTotals>();
  const inProgress = new Set<string>();
  let visited = 0;

  const rowsOf = (
    parent: GraphQLCompositeType,
    field: GraphQLField<unknown, unknown>,
    node: FieldNode,
  ): number => {
    const args = field.args.length > 0 ? getArgumentValues(field, node, variableValues) : {};
    if (typeof args.first === 'number') return Math.max(args.first, 1);
    if (!isListType(getNullableType(field.type))) return 1;
    const key = `${parent.name}.${field.name}`;
    return (
      introspection[key] ??
      listBound(parent.name, field.name, { args, networkMaxEdges: maxEdges }) ??
      FALLBACK_LIST_ROWS
    );
  };

  const fieldDefinition = (
    parent: GraphQLCompositeType,
    name: string,
  ): GraphQLField<unknown, unknown> => {
    if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
    if (parent === schema.getQueryType()) {
      if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
      if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
    }
    const field = 'getFields' in parent ? parent.getFields()[name] : undefined;
    if (!field) throw new QueryAnalysisError(`Unknown field "${parent.name}.${name}".`);
    return field;
  };

  const typeNamed = (name: string): GraphQLCompositeType => {
    const type = schema.getType(name);
    if (!isCompositeType(type)) throw new QueryAnalysisError(`Unknown type "${name}".`);
    return type;
  };

  const fragmentTotals = (name: string): SelectionTotals => {
    const known = memo.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    if (!fragment) throw new QueryAnalysisError(`Unknown fragment "${name}".`);
    if (inProgress.has(name)) throw new QueryAnalysisError(`Fragment "${name}" spreads itself.`);
    inProgress.add(name);
    const totals = walk(fragment.selectionSet, typeNamed(fragment.typeCondition.name.value));
    inProgress.delete(name);
    memo.set(name, totals);
    return totals;
  };

  const walk = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType): SelectionTotals => {
    const totals: SelectionTotals = { depth: 0, aliases: 0, cost: 0, fields: 0 };
    const add = (inner: SelectionTotals, depthOffset: number): void => {
      totals.depth = Math.max(totals.depth, inner.depth + depthOffset);
      totals.aliases += inner.aliases;
      totals.fields += inner.fields;
    };
    for (const selection of selectionSet.selections) {
      visited += 1;
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const inner = fragmentTotals(selection.name.value);
        add(inner, 0);
        totals.cost += inner.cost;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition
          ? typeNamed(selection.typeCondition.name.value)
          : parent;
        const inner = walk(selection.selectionSet, type);
        add(inner, 0);
        totals.cost += inner.cost;
      } else {
        const field = fieldDefinition(parent, selection.name.value);
        // Introspection is a schema read, not a data query: its deep type
        // references do not count as depth (its size counts as cost).
        const countsDepth = !field.name.startsWith('__') && !parent.name.startsWith('__');
        totals.fields += 1;
        if (selection.alias) totals.aliases += 1;
        const type = getNamedType(field.type);
        if (!selection.selectionSet || !isCompositeType(type)) {
          if (countsDepth) totals.depth = Math.max(totals.depth, 1);
          continue;
        }
        const inner = walk(selection.selectionSet, type);
        add(inner, countsDepth ? 1 : 0);
        if (countsDepth) totals.depth = Math.max(totals.depth, 1);
        totals.cost += rowsOf(parent, field, selection) * (1 + inner.cost);
      }
    }
    return totals;
  };

  const root = schemaRoot(schema, operation);
  const totals = walk(operation.selectionSet, root);
  return { ...totals, visited };
}

/** The root type of an operation: Query, Mutation or Subscription. */
function schemaRoot(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
): GraphQLCompositeType {
  const root = schema.getRootType(operation.operation);
  if (!root) throw new QueryAnalysisError(`This schema has no ${operation.operation} type.`);
  return root;
}
