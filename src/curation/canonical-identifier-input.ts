import {
  checkIdentifier,
  type CanonicalIdentifier,
  type IdentifierValue,
} from '../domain/identifier.js';
import { badUserInput } from '../errors.js';

/** The canonical identifier of a mutation's input, or BAD_USER_INPUT naming the field and the rule. */
export function canonicalIdentifierInput(input: IdentifierValue): CanonicalIdentifier {
  const check = checkIdentifier(input);
  if (!check.ok) {
    throw badUserInput(`"${check.field}" ${check.problem}`, { argument: `input.${check.field}` });
  }
  return check.identifier;
}
