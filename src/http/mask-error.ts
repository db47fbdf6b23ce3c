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
  'TOO_MANY_FIELDS',
  'SELECTION_TOO_WIDE',
  'QUERY_ANALYSIS_FAILED',
  'CONFLICT',
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

/** Neo4j's code when a transaction needs more memory than the server allows it. */
const OUT_OF_MEMORY_CODE = 'Neo.TransientError.General.MemoryPoolOutOfMemoryError';

/** The code of a driver error (checked by name, not class: module copies differ). */
function neo4jCode(error: unknown): string | undefined {
  const candidate = error as { name?: unknown; code?: unknown } | null;
  const isNeo4j = candidate instanceof Neo4jError || candidate?.name === 'Neo4jError';
  return isNeo4j && typeof candidate?.code === 'string' ? candidate.code : undefined;
}

/**
 * Apollo's `formatError`: clients never see stack traces, Cypher or Neo4j's
 * text. Our own coded errors pass through; a database outage becomes
 * DATABASE_UNAVAILABLE, a query beyond the database's memory limit
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
