/**
 * How Neo4j bookmarks travel between a client and any replica of the service:
 * a write answers with them in this header and in `extensions.bookmarks`; a
 * request that sends them back (this header, or `extensions.bookmarks` in a
 * GraphQL request body) reads at least the state they name.
 */
export const BOOKMARK_HEADER = 'X-Neo4j-Bookmark';

/** The key under `extensions`, in GraphQL requests and responses alike. */
export const BOOKMARK_EXTENSION = 'bookmarks';

/** Several bookmarks in the header are separated by commas (base64 never contains one). */
export const BOOKMARK_SEPARATOR = ',';
