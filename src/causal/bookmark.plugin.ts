import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';
import { BOOKMARK_EXTENSION, BOOKMARK_HEADER, BOOKMARK_SEPARATOR } from './bookmark-transport.js';

/**
 * A GraphQL response whose operation committed a write carries the write's
 * bookmarks: `extensions.bookmarks` and the `X-Neo4j-Bookmark` header. A
 * client that sends them with its next request reads its own write on any
 * replica. Responses of reads carry none.
 */
export function bookmarkPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const written = contextValue.causal?.written;
          if (!written) return;
          response.http.headers.set(BOOKMARK_HEADER, written.join(BOOKMARK_SEPARATOR));
          if (response.body.kind !== 'single') return;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            [BOOKMARK_EXTENSION]: written,
          };
        },
      };
    },
  };
}
