/** True for Neo4j's "this key already exists" error, recognised by its code. */
export function isConstraintViolation(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { code?: unknown }).code === 'Neo.ClientError.Schema.ConstraintValidationFailed'
  );
}
