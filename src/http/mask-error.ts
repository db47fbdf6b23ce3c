import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { ErrorCode } from '../errors.js';

/** Codes whose messages are written for clients and pass through unchanged. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COSTLY',
  'TOO_MANY_ALIASES',
]);

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
  return code !== undefined && CLIENT_CODES.has(code);
}

/** A driver error saying the database cannot be reached (checked by name and code, not class). */
function isDatabaseUnavailable(error: unknown): boolean {
  const candidate = error as { name?: unknown; code?: unknown } | null;
  return (
    (candidate instanceof Neo4jError || candidate?.name === 'Neo4jError') &&
    typeof candidate?.code === 'string' &&
    UNAVAILABLE_CODES.has(candidate.code)
  );
}

/**
 * Apollo's `formatError`: clients never see stack traces, Cypher or Neo4j's
 * text. Our own coded errors pass through; a database outage becomes
 * DATABASE_UNAVAILABLE; anything else is an opaque INTERNAL_SERVER_ERROR
 * (logged in full with the request id the client also receives).
 */
export function maskError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (isClientError(error)) return formatted;
  const original = unwrapResolverError(error);
  const base = { locations: formatted.locations, path: formatted.path };
  if (isDatabaseUnavailable(original)) {
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
