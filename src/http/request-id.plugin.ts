import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';

/**
 * Puts the request id in the `extensions` of every answer to an operation,
 * after every other plugin's extensions, so a user's report can be matched
 * to the log. Answers Apollo writes before an operation runs (a CSRF
 * refusal, a 401 from the context) get it from `apolloHandler`.
 */
export function requestIdPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, requestId: contextValue.requestId };
        },
      };
    },
  };
}
