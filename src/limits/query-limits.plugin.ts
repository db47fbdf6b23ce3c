import type { ApolloServerPlugin } from '@apollo/server';
import type { QueryLimits } from '../config.js';
import type { Context } from '../context.js';
import { checkQueryLimits, type CheckOptions } from './check-query-limits.js';
import { documentVerdicts } from './document-verdicts.js';
import type { QueryAnalysis } from './query-analysis.js';

/**
 * Refuses an operation over any limit (check-query-limits.ts) after parsing
 * and validation and before any resolver runs, so a refused request never
 * reaches the database. (Token count is limited by the parser itself:
 * Apollo's `parseOptions.maxTokens`.)
 */
export function queryLimitsPlugin(
  limits: QueryLimits,
  options: CheckOptions,
): ApolloServerPlugin<Context> {
  // Accepted analyses by document text, operation and variables: the same
  // request measures the same, so a repeated one is not walked again.
  // Refusals are not kept; they are measured (and refused) each time.
  const accepted = documentVerdicts<QueryAnalysis>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema, contextValue }) {
          if (!operation) return;
          const key = analysisKey(request.query, request.operationName, request.variables);
          let analysis = key === undefined ? undefined : accepted.get(key);
          if (!analysis) {
            analysis = checkQueryLimits(
              schema,
              document,
              operation,
              request.variables,
              limits,
              options,
            );
            if (key !== undefined) accepted.set(key, analysis);
          }
          contextValue.cost = analysis.cost;
        },
      };
    },
  };
}

/** Variables longer than this (as JSON) are measured every time rather than kept. */
const MAX_KEYED_VARIABLES = 2_000;

/** The cache key of a request, or undefined when it should not be kept. */
function analysisKey(
  query: string | undefined,
  operationName: string | null | undefined,
  variables: Readonly<Record<string, unknown>> | undefined,
): string | undefined {
  if (query === undefined) return undefined;
  const values = variables === undefined ? '' : JSON.stringify(variables);
  if (values.length > MAX_KEYED_VARIABLES) return undefined;
  // JSON of the name and variables first: neither can contain an unescaped newline.
  return `${JSON.stringify(operationName ?? null)}\n${values}\n${query}`;
}
