import { getMetadataStorage, validate, type ValidationError } from 'class-validator';
import { badUserInput } from './errors.js';

/** Every failed rule as `field: message`, nested fields dotted. */
function flatten(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((error) => {
    const field = `${prefix}${error.property}`;
    const own = Object.values(error.constraints ?? {}).map((message) => `${field}: ${message}`);
    return [...own, ...flatten(error.children ?? [], `${field}.`)];
  });
}

/**
 * type-graphql's `validateFn`: runs the class-validator rules of an input
 * class and throws one BAD_USER_INPUT error listing every broken rule.
 * Arguments that are not input classes (ids, numbers) pass through.
 */
export async function validateInput(argValue: unknown): Promise<void> {
  if (argValue === null || typeof argValue !== 'object' || Array.isArray(argValue)) return;
  // Read arguments (filters, page arguments) mostly have no rules at all.
  if (!hasRules(argValue.constructor)) return;
  const errors = await validate(argValue, { forbidUnknownValues: false });
  if (errors.length > 0) {
    const problems = flatten(errors);
    throw badUserInput(`Invalid input: ${problems.join('; ')}`, { validationErrors: problems });
  }
}

const withRules = new WeakMap<object, boolean>();

/**
 * Whether class-validator knows any rule of this class (its own or
 * inherited, nested validation included): without one, `validate` can find
 * nothing, so it is not called. Decided once per class.
 */
function hasRules(target: unknown): boolean {
  if (typeof target !== 'function') return true;
  let known = withRules.get(target);
  if (known === undefined) {
    known = getMetadataStorage().getTargetValidationMetadatas(target, '', true, false).length > 0;
    withRules.set(target, known);
  }
  return known;
}
