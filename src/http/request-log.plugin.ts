import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Context } from '../context.js';
import type { Logger } from '../logger.js';
import { isClientError } from './mask-error.js';

/**
 * Logs each operation (request id, name, duration, database round trips) and
 * every error a client does not see in full, under the request id the client
 * receives (`x-request-id` and `extensions.requestId`, set in src/http/request-id.ts),
 * so a user's report can be matched to the log.
 */
export function requestLogPlugin(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            if (isClientError(error)) continue;
            logger.error(
              { requestId: contextValue.requestId, operationName, err: unwrapResolverError(error) },
              'operation failed',
            );
          }
        },
        async willSendResponse({ operationName, errors }) {
          // Nothing is built for a line the level would drop.
          if (!logger.isLevelEnabled('info')) return;
          logger.info(
            {
              requestId: contextValue.requestId,
              operationName,
              durationMs: Math.round(performance.now() - started),
              roundTrips: contextValue.stats.roundTrips,
              databaseTimeMs: Math.round(contextValue.stats.databaseTimeMs),
              errors: errors?.length ?? 0,
            },
            'graphql operation',
          );
        },
      };
    },
  };
}
