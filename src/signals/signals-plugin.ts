import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';
import { ErrorCode } from '../errors.js';
import type { ServiceMetrics } from './service-metrics.js';
import type { Tracing } from './tracing.js';

/**
 * Tells the signals what only GraphQL execution knows: the operation's name
 * and type (on the request's span) and the code of every error the client
 * receives (after masking, so the counted code is the one the client saw).
 */
export function signalsPlugin(
  metrics: ServiceMetrics | undefined,
  tracing: Tracing | undefined,
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operationName, operation }) {
          tracing?.describeOperation({
            'graphql.operation.type': operation?.operation ?? '',
            'graphql.operation.name': operationName ?? '',
          });
        },
        async willSendResponse({ response }) {
          if (!metrics || response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            metrics.countError(String(error.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR));
          }
        },
      };
    },
  };
}
