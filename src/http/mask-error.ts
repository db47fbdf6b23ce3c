import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { CLIENT_ERROR_CODES, ErrorCode } from '../errors.js';

/** Driver codes that mean "the database cannot be reached right now", not "the query is wrong". */
const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

/** The `extensions.code` of a GraphQL error, read by shape: `instanceof` fails across module copies. */
function extensionCode(error: unknown): string | undefined {
  const extensions = (error as { extensions?: { code?: unknown } } | null)?.extensions;
  return typeof extensions?.code === 'string' ? extensions.code : undefined;
}

/** True when an error is ours to show: a GraphQL error with a client-facing code. */
export function isClientError(error: unknown): boolean {
  const code = extensionCode(unwrapResolverError(error)) ?? extensionCode(error);
  return code !== undefined && CLIENT_ERROR_CODES.has(code);
}

/** Neo4j's code when a transaction needs more memory than the server allows it. */
const OUT_OF_MEMORY_CODE = 'Neo.TransientError.General.MemoryPoolOutOfMemoryError';

/** Neo4j's codes for a bookmark it did not issue or cannot read: the client sent it. */
const INVALID_BOOKMARK_CODES = new Set([
  'Neo.ClientError.Transaction.InvalidBookmark',
  'Neo.ClientError.Transaction.InvalidBookmarkMixture',
]);

/** Neo4j's code when it did not reach a bookmark's state in time (a replica far behind). */
const BOOKMARK_TIMEOUT_CODE = 'Neo.TransientError.Transaction.BookmarkTimeout';

/** The code of a driver error (checked by name, not class: module copies differ). */
function neo4jCode(error: unknown): string | undefined {
  const candidate = error as { name?: unknown; code?: unknown } | null;
  const isNeo4j = candidate instanceof Neo4jError || candidate?.name === 'Neo4jError';
  return isNeo4j && typeof candidate?.code === 'string' ? candidate.code : undefined;
}

/**
 * Apollo's `formatError`: clients never see stack traces, Cypher or Neo4j's
 * text. Our own coded errors pass through; a database outage becomes
 * DATABASE_UNAVAILABLE, a bookmark the database did not issue
 * BAD_USER_INPUT, a query beyond the database's memory limit
 * QUERY_TOO_LARGE; anything else is an opaque INTERNAL_SERVER_ERROR
 * (logged in full with the request id the client also receives).
 */
export function maskError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (isClientError(error)) return formatted;
  const original = unwrapResolverError(error);
  const base = { locations: formatted.locations, path: formatted.path };
  const code = neo4jCode(original);
  if (code === OUT_OF_MEMORY_CODE) {
    return {
      ...base,
      message:
        'The database ran out of memory for this query; narrow it (filters, smaller first or maxEdges).',
      extensions: { code: ErrorCode.QUERY_TOO_LARGE },
    };
  }
  if (code !== undefined && INVALID_BOOKMARK_CODES.has(code)) {
    return {
      ...base,
      message:
        'A bookmark sent in the X-Neo4j-Bookmark header or extensions.bookmarks was not issued by this database; send the bookmarks a write answered with, unchanged.',
      extensions: { code: ErrorCode.BAD_USER_INPUT, argument: 'bookmarks' },
    };
  }
  if (code === BOOKMARK_TIMEOUT_CODE) {
    return {
      ...base,
      message:
        'The database has not yet reached the state of the bookmarks sent; try again in a few seconds.',
      extensions: { code: ErrorCode.DATABASE_UNAVAILABLE },
    };
  }
  if (code !== undefined && UNAVAILABLE_CODES.has(code)) {
    return {
      ...base,
      message: 'The database is unavailable right now; try again in a few seconds.',
      extensions: { code: ErrorCode.DATABASE_UNAVAILABLE },
    };
  }
  return {
    ...base,
    message: 'Internal server error; quote the request id when reporting it.',
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
