import type { ApolloServerPlugin } from '@apollo/server';
import type { QueryLimits } from '../config.js';
import type { Context } from '../context.js';
import { checkQueryLimits, type CheckOptions } from './check-query-limits.js';

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
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema, contextValue }) {
          if (!operation) return;
          const analysis = checkQueryLimits(
            schema,
            document,
            operation,
            request.variables,
            limits,
            options,
          );
          contextValue.cost = analysis.cost;
        },
      };
    },
  };
}
