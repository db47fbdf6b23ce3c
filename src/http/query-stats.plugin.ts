import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';

/** The request header that asks for database statistics in the response. */
export const DEBUG_HEADER = 'x-debug-stats';

/**
 * Adds `extensions.stats` ({roundTrips, databaseTimeMs, statements}) to the
 * response when the request carries `x-debug-stats: 1`, so a client can see
 * what a query cost the database.
 */
export function queryStatsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      if (request.http?.headers.get(DEBUG_HEADER) !== '1') return;
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            stats: {
              roundTrips: contextValue.stats.roundTrips,
              databaseTimeMs: Math.round(contextValue.stats.databaseTimeMs * 100) / 100,
              statements: contextValue.stats.statements,
            },
          };
        },
      };
    },
  };
}
