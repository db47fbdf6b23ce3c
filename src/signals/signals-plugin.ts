import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type { Context } from '../context.js';
import { ErrorCode } from '../errors.js';
import type { ServiceMetrics } from './service-metrics.js';
import type { Tracing } from './tracing.js';

/** What every hook below returns: one promise, already settled, made once. */
const DONE = Promise.resolve();

/**
 * Tells the signals what only GraphQL execution knows: the operation's name
 * and type (on the request's span) and the code of every error the client
 * receives (after masking, so the counted code is the one the client saw).
 * Apollo awaits every hook of every request: the listener keeps no state
 * of a request, so one listener serves them all, each hook is there only
 * when its signal is on, and none makes a promise of its own.
 */
export function signalsPlugin(
  metrics: ServiceMetrics | undefined,
  tracing: Tracing | undefined,
): ApolloServerPlugin<Context> {
  const listener: GraphQLRequestListener<Context> = {};
  if (tracing) {
    listener.didResolveOperation = ({ operationName, operation }) => {
      tracing.describeOperation(operation?.operation ?? '', operationName ?? '');
      return DONE;
    };
  }
  if (metrics) {
    listener.willSendResponse = ({ response }) => {
      if (response.body.kind === 'single') {
        for (const error of response.body.singleResult.errors ?? []) {
          metrics.countError(String(error.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR));
        }
      }
      return DONE;
    };
  }
  const started = Promise.resolve(listener);
  return { requestDidStart: () => started };
}
