import { ValidateBy, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { isCountryCode } from '../../domain/country-code.js';
import { nameProblem } from '../../domain/display-name.js';
import { EURO_RANGE, isEuroAmount } from '../../domain/money.js';
import { PARTIAL_DATE_PATTERN, PARTIAL_DATE_RULE } from '../../domain/partial-date.js';
import { isSlug, SLUG_RULE } from '../../domain/slug.js';

// The rules of the curation inputs and filters, the same the dataset format
// enforces. Each message names the field ($property) and the bound.

export const MAX_NAME = 500;
export const MAX_TEXT = 20_000;
export const MAX_ALIASES = 50;
/** Ids or codes a filter may list. */
export const MAX_FILTER_VALUES = 100;
/** Free text of a `nameContains` filter. */
export const MAX_FILTER_TEXT = 200;

/** A stable id: a kebab-case slug of bounded length. */
export function IsSlug(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isSlug',
      validator: {
        validate: (value: unknown) => isSlug(value),
        defaultMessage: () => `$property ${SLUG_RULE}`,
      },
    },
    options,
  );
}

/** The first problem of a name, or of any name in a list (`each`). */
function namesProblem(value: unknown, maxLength: number): string | null {
  const values: unknown[] = Array.isArray(value) ? value : [value];
  for (const item of values) {
    if (typeof item !== 'string') return 'must be text';
    const problem = nameProblem(item, maxLength);
    if (problem) return Array.isArray(value) ? `each ${problem}` : problem;
  }
  return null;
}

/** A name, alias, acronym or code people read: see `nameProblem` in src/domain/display-name.ts. */
export function IsName(
  maxLength: number = MAX_NAME,
  options?: ValidationOptions,
): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isName',
      constraints: [maxLength],
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && nameProblem(value, maxLength) === null,
        defaultMessage: (args?: ValidationArguments) =>
          `$property ${namesProblem(args?.value, maxLength) ?? 'must be a name'}`,
      },
    },
    options,
  );
}

/** An amount in euros within the one documented range (src/domain/money.ts). */
export function IsEuroAmount(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isEuroAmount',
      validator: {
        validate: (value: unknown) => isEuroAmount(value),
        defaultMessage: () => `$property must be ${EURO_RANGE}`,
      },
    },
    options,
  );
}

/** An integer from `min` to `max`. */
export function IsIntInRange(min: number, max: number, options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isIntInRange',
      constraints: [min, max],
      validator: {
        validate: (value: unknown) =>
          typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max,
        defaultMessage: () => `$property must be an integer from ${min} to ${max}`,
      },
    },
    options,
  );
}

/** An ISO 8601 date of year, month or day precision (src/domain/partial-date.ts). */
export function IsPartialDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isPartialDate',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && PARTIAL_DATE_PATTERN.test(value),
        defaultMessage: () => `$property ${PARTIAL_DATE_RULE}`,
      },
    },
    options,
  );
}
/** Longest project duration accepted, in months (100 years). */
export const MAX_DURATION_MONTHS = 1200;

/** Country codes of a filter: ISO 3166-1 alpha-2, any case (a country's name matches nothing). */
export function IsCountryCodeList(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCountryCodeList',
      validator: {
        validate: (value: unknown) => Array.isArray(value) && value.every(isCountryCode),
        defaultMessage: (args?: ValidationArguments) => {
          const values: unknown[] = Array.isArray(args?.value) ? args.value : [];
          const bad = values.find((code) => !isCountryCode(code));
          return `$property takes ISO 3166-1 alpha-2 codes such as "DE" or "LV", but got: ${JSON.stringify(bad).slice(0, 60)}`;
        },
      },
    },
    options,
  );
}

/** A period's end year: not before the start year named by `startField`, when both are given. */
export function IsNotBefore(startField: string, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isNotBefore',
      constraints: [startField],
      validator: {
        validate: (value: unknown, args?: ValidationArguments) => {
          const start = (args?.object as Record<string, unknown> | undefined)?.[startField];
          return typeof value !== 'number' || typeof start !== 'number' || value >= start;
        },
        defaultMessage: (args?: ValidationArguments) =>
          `$property (${String(args?.value)}) must not be before ${startField} (${String((args?.object as Record<string, unknown> | undefined)?.[startField])}): such a period holds nothing`,
      },
    },
    options,
  );
}
