/**
 * Dates in the sources come at year, month or day precision ("2015",
 * "2012-01", "2017-02-09"); they are kept as ISO 8601 strings of that
 * precision, which sort and compare correctly as text.
 */
export const PARTIAL_DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** The year of a partial date. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
