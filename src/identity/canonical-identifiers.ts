import {
  checkIdentifier,
  type CanonicalIdentifier,
  type IdentifierValue,
} from '../domain/identifier.js';

/**
 * The canonical form of identifiers the dataset schema has already checked
 * (an identifier that fails the check here would have been refused there).
 */
export function canonicalIdentifiers(
  identifiers: readonly IdentifierValue[] | undefined,
): CanonicalIdentifier[] {
  const result: CanonicalIdentifier[] = [];
  for (const identifier of identifiers ?? []) {
    const check = checkIdentifier(identifier);
    if (check.ok && !result.some((other) => other.key === check.identifier.key)) {
      result.push(check.identifier);
    }
  }
  return result;
}
