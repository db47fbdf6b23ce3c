import type { GraphQLError } from 'graphql';
import { codedError, ErrorCode } from '../errors.js';

/** No valid credentials: HTTP 401, `UNAUTHENTICATED`. The message says what was wrong with the token. */
export function unauthenticated(message: string): GraphQLError {
  return codedError(ErrorCode.UNAUTHENTICATED, message);
}

/** Valid credentials without the role an operation needs: HTTP 403, `FORBIDDEN`. */
export function forbidden(message: string): GraphQLError {
  return codedError(ErrorCode.FORBIDDEN, message);
}
