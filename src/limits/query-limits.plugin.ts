import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type FragmentDefinitionNode } from 'graphql';
import type { QueryLimits } from '../config.js';
import type { Context } from '../context.js';
import { queryCost } from './query-cost.js';
import { selectionShape } from './selection-walk.js';

/** A request over a limit: HTTP 400 with a code naming the limit, the maximum and what came in. */
function overLimit(code: string, message: string, limit: number, actual: number): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code, limit, actual, http: { status: 400 } },
  });
}

/**
 * Refuses an operation that is too deep, has too many aliases or is too
 * costly, after parsing and validation and before any resolver runs, so a
 * refused request never reaches the database. (Token count is limited by the
 * parser itself: Apollo's `parseOptions.maxTokens`.)
 */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({
          document,
          operation,
          operationName,
          request,
          schema,
          contextValue,
        }) {
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION)
              fragments[definition.name.value] = definition;
          }
          const shape = selectionShape(operation, fragments);
          if (shape.depth > limits.depth) {
            throw overLimit(
              'QUERY_TOO_DEEP',
              `The query is nested ${shape.depth} levels deep; at most ${limits.depth} are allowed.`,
              limits.depth,
              shape.depth,
            );
          }
          if (shape.aliases > limits.aliases) {
            throw overLimit(
              'TOO_MANY_ALIASES',
              `The query uses ${shape.aliases} aliases; at most ${limits.aliases} are allowed.`,
              limits.aliases,
              shape.aliases,
            );
          }
          let cost: number;
          try {
            cost = queryCost(schema, document, operationName ?? undefined, request.variables);
          } catch {
            // Variables that do not fit their types: execution refuses them with
            // BAD_USER_INPUT before any resolver runs, so there is nothing to cost.
            return;
          }
          contextValue.cost = cost;
          if (cost > limits.cost) {
            throw overLimit(
              'QUERY_TOO_COSTLY',
              `The query's estimated cost is ${cost}; at most ${limits.cost} is allowed. Ask for fewer rows (smaller "first") or fewer nested lists.`,
              limits.cost,
              cost,
            );
          }
        },
      };
    },
  };
}
