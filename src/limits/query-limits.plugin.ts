import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { QueryLimits } from '../config.js';
import type { Context } from '../context.js';
import { ErrorCode } from '../errors.js';
import { checkQueryLimits, type CheckOptions } from './check-query-limits.js';
import { largestMergedSelection } from './merged-selection-size.js';

/**
 * Refuses an operation over any limit (check-query-limits.ts) after parsing
 * and validation and before any resolver runs, so a refused request never
 * reaches the database. Before validation, a selection set merging more than
 * `selectionWidth` fields is refused: validation compares such fields
 * pairwise, so that check must come first. (Token count is limited by the
 * parser itself: Apollo's `parseOptions.maxTokens`.)
 */
export function queryLimitsPlugin(
  limits: QueryLimits,
  options: CheckOptions,
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async validationDidStart({ document }) {
          if (!document) return;
          // Counting stops one past the limit: the exact width of a flood is not worth computing.
          if (largestMergedSelection(document, limits.selectionWidth + 1) > limits.selectionWidth) {
            // Thrown before validation: Apollo answers it with its http status, like a parse error.
            throw new GraphQLError(
              `A selection set of the query merges more than ${limits.selectionWidth} fields (its own, inline ones and those its fragments bring in); at most ${limits.selectionWidth} are allowed.`,
              {
                extensions: {
                  code: ErrorCode.SELECTION_TOO_WIDE,
                  limit: limits.selectionWidth,
                  http: { status: 400 },
                },
              },
            );
          }
        },
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
