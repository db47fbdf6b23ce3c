/**
 * A value a test file's `beforeAll` sets up, for the getters of the `use…()`
 * helpers: reading it earlier (at collection time, or after a failed set-up)
 * throws saying so instead of handing out `undefined`.
 */
export function setUpValue<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is used before the file's beforeAll ran`);
  return value;
}
