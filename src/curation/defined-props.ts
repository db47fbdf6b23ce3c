import { badUserInput } from '../errors.js';

/**
 * The fields of an update input that were given: `undefined` (absent) is left
 * out, `null` is kept so that `SET n += $props` clears that property — but
 * only for `clearable` fields; clearing a required one (a name, a kind) is a
 * BAD_USER_INPUT error.
 */
export function givenProps(
  input: object,
  fields: readonly string[],
  clearable: readonly string[] = fields,
): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const field of fields) {
    const value = (input as Record<string, unknown>)[field];
    if (value === undefined) continue;
    if (value === null && !clearable.includes(field)) {
      throw badUserInput(`"${field}" is required and cannot be cleared; leave it out to keep it.`, {
        argument: `input.${field}`,
      });
    }
    props[field] = value;
  }
  return props;
}
