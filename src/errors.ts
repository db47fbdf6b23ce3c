import { GraphQLError } from 'graphql';

/** The `extensions.code` values this API uses beyond Apollo's own. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  QUERY_TOO_LARGE = 'QUERY_TOO_LARGE',
}

/**
 * A client mistake: the message says what was expected and what came in;
 * `details` (e.g. the unknown ids) go to `extensions` for programs.
 */
export function badUserInput(message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, ...details } });
}
