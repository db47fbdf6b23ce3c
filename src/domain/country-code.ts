import { isISO31661Alpha2 } from 'class-validator';

/** An ISO 3166-1 alpha-2 code, in any case: the one rule for every country filter. */
export function isCountryCode(value: unknown): value is string {
  return typeof value === 'string' && isISO31661Alpha2(value);
}
