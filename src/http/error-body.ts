/** One error of a GraphQL-shaped error body. */
export interface ErrorEntry {
  message: string;
  extensions: { code: string } & Record<string, unknown>;
}

/**
 * The JSON every error answered outside GraphQL execution uses (bad JSON,
 * body too large, busy, not found): GraphQL's `{errors}` shape with the
 * request id in `extensions.requestId`, where GraphQL responses carry it too.
 */
export function errorBody(requestId: string, ...errors: ErrorEntry[]) {
  return { errors, extensions: { requestId } };
}
