import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
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
]);

/** Driver codes that mean "the database cannot be reached right now", not "the query is wrong". */
const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

/** True when an error is ours to show: a GraphQLError with a client-facing code. */
export function isClientError(error: unknown): boolean {
  const original = unwrapResolverError(error);
  return (
    original instanceof GraphQLError && CLIENT_CODES.has(String(original.extensions?.code ?? ''))
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
  if (original instanceof Neo4jError && UNAVAILABLE_CODES.has(original.code)) {
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
