import type { GraphQLError } from 'graphql';
import { badUserInput } from '../errors.js';

/** True for Neo4j's "this key already exists" error, recognised by its code. */
export function isConstraintViolation(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { code?: unknown }).code === 'Neo.ClientError.Schema.ConstraintValidationFailed'
  );
}

/**
 * The one mapping of a unique constraint refusing a write (an id or a name
 * key another node holds) to the client's error: BAD_USER_INPUT with the
 * given explanation, never an internal error. Other errors pass unchanged.
 */
export function asConflict(error: unknown, message: string): unknown {
  return isConstraintViolation(error) ? (badUserInput(message) as GraphQLError) : error;
}
