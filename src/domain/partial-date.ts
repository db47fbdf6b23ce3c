/**
 * Dates in the sources come at year, month or day precision ("2015",
 * "2012-01", "2017-02-09"); they are kept as ISO 8601 strings of that
 * precision, which sort and compare correctly as text. Years run from 1000
 * to 2999: four digits, so the text order is the time order, and nothing the
 * graph describes lies outside them.
 */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 2999;
export const PARTIAL_DATE_PATTERN = /^[12]\d{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** The rule as people read it, e.g. in error messages. */
export const PARTIAL_DATE_RULE = `must be an ISO 8601 date like "2015", "2012-01" or "2017-02-09", years ${MIN_YEAR} to ${MAX_YEAR}`;

/** The year of a partial date. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
