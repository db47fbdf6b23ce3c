import { GraphQLError } from 'graphql';

/** No valid credentials: HTTP 401, `UNAUTHENTICATED`. The message says what was wrong with the token. */
export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}

/** Valid credentials without the role an operation needs: HTTP 403, `FORBIDDEN`. */
export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
}
