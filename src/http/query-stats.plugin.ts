import type { ApolloServerPlugin } from '@apollo/server';
import { Role } from '../auth/role.js';
import type { Context } from '../context.js';

/** The request header that asks for database statistics in the response. */
export const DEBUG_HEADER = 'x-debug-stats';

/**
 * Who may ask for statistics: `everyone` (development, tests, benchmarks) or
 * only `editors` (production: round trips and statement counts tell an
 * outsider how the graph is stored and which queries are slow).
 */
export type DebugStatsAudience = 'everyone' | 'editors';

/** Development and tests show statistics to everyone; production only to editors. */
export function debugStatsAudience(
  nodeEnv: 'development' | 'production' | 'test',
): DebugStatsAudience {
  return nodeEnv === 'production' ? 'editors' : 'everyone';
}

/**
 * Adds `extensions.stats` ({roundTrips, databaseTimeMs, statements}) to the
 * response when the request carries `x-debug-stats: 1` and the caller is in
 * the audience, so a client can see what a query cost the database. Anyone
 * else gets the ordinary response, without stats.
 */
export function queryStatsPlugin(audience: DebugStatsAudience): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request, contextValue }) {
      if (request.http?.headers.get(DEBUG_HEADER) !== '1') return;
      if (audience === 'editors' && !contextValue.user?.roles.includes(Role.EDITOR)) return;
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
