import { validate, type ValidationError } from 'class-validator';
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
  const errors = await validate(argValue, { forbidUnknownValues: false });
  if (errors.length > 0) {
    const problems = flatten(errors);
    throw badUserInput(`Invalid input: ${problems.join('; ')}`, { validationErrors: problems });
  }
}
