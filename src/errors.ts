import { GraphQLError } from 'graphql';

/**
 * Every `extensions.code` a client can receive, with the HTTP status it
 * answers with and whether its message is written for clients (passed
 * through unmasked). Apollo's own codes are listed too, so that this table is
 * the one place that says what a client may see.
 */
interface ErrorCodeInfo {
  /** The HTTP status of a response whose first error has this code. */
  readonly status: number;
  /** True when the message is written for the caller and passes through error masking. */
  readonly client: boolean;
  /** A refusal by the query limits (src/limits/): the caller's request, never the service's fault. */
  readonly queryLimit?: true;
}

const ERROR_CODES = {
  // The caller's mistakes.
  BAD_USER_INPUT: { status: 400, client: true },
  BAD_REQUEST: { status: 400, client: true },
  NOT_FOUND: { status: 404, client: true },
  PAYLOAD_TOO_LARGE: { status: 413, client: true },
  UNAUTHENTICATED: { status: 401, client: true },
  FORBIDDEN: { status: 403, client: true },
  /** A write would give something unique (an external identifier) a second owner. */
  CONFLICT: { status: 409, client: true },
  // Apollo Server's own codes for documents it cannot run.
  GRAPHQL_PARSE_FAILED: { status: 400, client: true },
  GRAPHQL_VALIDATION_FAILED: { status: 400, client: true },
  OPERATION_RESOLUTION_FAILURE: { status: 400, client: true },
  PERSISTED_QUERY_NOT_FOUND: { status: 400, client: true },
  PERSISTED_QUERY_NOT_SUPPORTED: { status: 400, client: true },
  // Trusted documents (TRUSTED_DOCUMENTS): operations known by their hash.
  /** A hash that is not in the manifest of trusted documents. */
  UNKNOWN_DOCUMENT_HASH: { status: 400, client: true },
  /** A document sent in full where only trusted documents (by hash) run for this caller. */
  FREE_DOCUMENT_REFUSED: { status: 403, client: true },
  // Query limits: refused before anything runs.
  QUERY_TOO_DEEP: { status: 400, client: true, queryLimit: true },
  TOO_MANY_ALIASES: { status: 400, client: true, queryLimit: true },
  QUERY_TOO_COSTLY: { status: 400, client: true, queryLimit: true },
  /** More field nodes than allowed once fragment spreads are expanded. */
  TOO_MANY_FIELDS: { status: 400, client: true, queryLimit: true },
  /** One selection set merges more fields than validation may compare pairwise. */
  SELECTION_TOO_WIDE: { status: 400, client: true },
  /** The query could not be measured, so it is refused rather than run unmeasured. */
  QUERY_ANALYSIS_FAILED: { status: 400, client: true, queryLimit: true },
  // The service's state: written by the masking itself, not passed through.
  /** A query the database could not hold in the memory a transaction may use. */
  QUERY_TOO_LARGE: { status: 400, client: false },
  SERVICE_BUSY: { status: 503, client: true },
  // An uploaded import's job states (GET /imports/:id).
  /** The import does not fit in the memory one transaction may use: refused whole. */
  IMPORT_TOO_LARGE: { status: 413, client: true },
  /** The import failed for a reason of the service's; nothing was written. */
  IMPORT_FAILED: { status: 500, client: false },
  DATABASE_UNAVAILABLE: { status: 503, client: false },
  INTERNAL_SERVER_ERROR: { status: 500, client: false },
} as const satisfies Record<string, ErrorCodeInfo>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** The codes by name, so that code reads `ErrorCode.BAD_USER_INPUT` and a typo fails type-checking. */
export const ErrorCode = Object.fromEntries(
  Object.keys(ERROR_CODES).map((code) => [code, code]),
) as { readonly [C in ErrorCode]: C };

const codesWhere = (test: (info: ErrorCodeInfo) => boolean): ReadonlySet<string> =>
  new Set(
    Object.entries(ERROR_CODES as Record<string, ErrorCodeInfo>)
      .filter(([, info]) => test(info))
      .map(([code]) => code),
  );

/** Codes whose messages are written for clients and pass through masking unchanged. */
export const CLIENT_ERROR_CODES = codesWhere((info) => info.client);

/** The codes of a refusal by the query limits. */
export const QUERY_LIMIT_CODES = codesWhere((info) => info.queryLimit === true);

/** The HTTP status for a code; an unknown code is the service's fault. */
export function httpStatusOf(code: string): number {
  return (ERROR_CODES as Record<string, ErrorCodeInfo>)[code]?.status ?? 500;
}

/** A GraphQL error with one of our codes, answering with the code's HTTP status. */
export function codedError(
  code: ErrorCode,
  message: string,
  details: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code, ...details, http: { status: httpStatusOf(code) } },
  });
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
