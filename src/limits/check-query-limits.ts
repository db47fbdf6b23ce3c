import {
  getVariableValues,
  GraphQLError,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { QueryLimits } from '../config.js';
import { codedError, ErrorCode } from '../errors.js';
import { analyseOperation, QueryAnalysisError, type QueryAnalysis } from './query-analysis.js';

/** A request refused before it runs: HTTP 400 with a code and, for a limit, the maximum and what came in. */
function refusal(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
  return codedError(code, message, details);
}

function overLimit(code: ErrorCode, message: string, limit: number, actual: number): GraphQLError {
  return refusal(code, message, { limit, actual });
}

/** graphql-js's "Did you mean …?" names types, fields and values: not for clients who cannot introspect. */
const withoutSuggestions = (message: string): string => message.replace(/ ?Did you mean .+\?$/, '');

export interface CheckOptions {
  /** True when introspection is off: messages must not name what the schema holds. */
  hideSchemaDetails: boolean;
}

/**
 * Measures an operation (query-analysis.ts) and refuses it when it is over
 * any limit: expanded size first (the cheapest sign of a fragment blow-up),
 * then depth, aliases and cost. Fails closed: variables that do not fit
 * their types are refused as BAD_USER_INPUT, and a query that cannot be
 * analysed is refused with QUERY_ANALYSIS_FAILED — never run unmeasured.
 * Returns the analysis of an accepted operation.
 */
export function checkQueryLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>> | undefined,
  limits: QueryLimits,
  options: CheckOptions,
): QueryAnalysis {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, {
    maxErrors: 1,
  });
  if (coerced.errors) {
    const message = coerced.errors[0]?.message ?? 'The variables do not fit their types.';
    throw refusal(
      ErrorCode.BAD_USER_INPUT,
      options.hideSchemaDetails ? withoutSuggestions(message) : message,
    );
  }
  let analysis: QueryAnalysis;
  try {
    analysis = analyseOperation(schema, document, operation, coerced.coerced);
  } catch (error) {
    // An argument whose variable is missing or wrong: the caller's mistake.
    if (error instanceof GraphQLError) {
      throw refusal(
        ErrorCode.BAD_USER_INPUT,
        options.hideSchemaDetails ? withoutSuggestions(error.message) : error.message,
      );
    }
    const reason = error instanceof QueryAnalysisError ? ` (${error.message})` : '';
    throw refusal(
      ErrorCode.QUERY_ANALYSIS_FAILED,
      `The query could not be measured against the limits${reason}, so it was not run.`,
    );
  }
  const { fields, depth, aliases, cost } = analysis;
  // `!(x <= limit)`, not `x > limit`: a NaN from overflowing arithmetic is refused too.
  if (!(fields <= limits.fields)) {
    throw overLimit(
      ErrorCode.TOO_MANY_FIELDS,
      `The query selects ${fields} fields once its fragments are expanded; at most ${limits.fields} are allowed.`,
      limits.fields,
      fields,
    );
  }
  if (!(depth <= limits.depth)) {
    throw overLimit(
      ErrorCode.QUERY_TOO_DEEP,
      `The query is nested ${depth} levels deep; at most ${limits.depth} are allowed.`,
      limits.depth,
      depth,
    );
  }
  if (!(aliases <= limits.aliases)) {
    throw overLimit(
      ErrorCode.TOO_MANY_ALIASES,
      `The query uses ${aliases} aliases; at most ${limits.aliases} are allowed.`,
      limits.aliases,
      aliases,
    );
  }
  if (!(cost <= limits.cost)) {
    throw overLimit(
      ErrorCode.QUERY_TOO_COSTLY,
      `The query's estimated cost is ${cost}; at most ${limits.cost} is allowed. Ask for fewer rows (smaller "first" or "maxEdges") or fewer nested lists.`,
      limits.cost,
      cost,
    );
  }
  return analysis;
}
