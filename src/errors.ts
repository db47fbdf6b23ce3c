import { GraphQLError } from 'graphql';

/** The `extensions.code` values this API uses beyond Apollo's own. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  QUERY_TOO_LARGE = 'QUERY_TOO_LARGE',
  /** Limits (src/limits/): refused before anything runs. */
  QUERY_TOO_DEEP = 'QUERY_TOO_DEEP',
  TOO_MANY_ALIASES = 'TOO_MANY_ALIASES',
  QUERY_TOO_COSTLY = 'QUERY_TOO_COSTLY',
  /** More field nodes than allowed once fragment spreads are expanded. */
  TOO_MANY_FIELDS = 'TOO_MANY_FIELDS',
  /** One selection set merges more fields than validation may compare pairwise. */
  SELECTION_TOO_WIDE = 'SELECTION_TOO_WIDE',
  /** The query could not be measured, so it is refused rather than run unmeasured. */
  QUERY_ANALYSIS_FAILED = 'QUERY_ANALYSIS_FAILED',
  /** A write would give something unique (an external identifier) a second owner. */
  CONFLICT = 'CONFLICT',
}

/**
 * A client mistake: the message says what was expected and what came in;
 * `details` (e.g. the unknown ids) go to `extensions` for programs.
 */
export function badUserInput(message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, ...details } });
}

/** A write refused because what it claims belongs to another record; `details` name it. */
export function conflict(message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.CONFLICT, ...details } });
}
