/**
 * The fields of an update input that were given: `undefined` (absent) is left
 * out, `null` is kept so that `SET n += $props` clears that property.
 */
export function givenProps(input: object, fields: readonly string[]): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const field of fields) {
    const value = (input as Record<string, unknown>)[field];
    if (value !== undefined) props[field] = value;
  }
  return props;
}
