/**
 * Amounts in euros (budgets, EU contributions, funding amounts) are finite
 * and between 0 and one trillion euros. The bound is above any single
 * undertaking the graph describes (the largest EU programmes run to a few
 * hundred billion euros over seven years) and low enough that a sum over a
 * million stored amounts (at most 1e18) stays far from the largest float
 * (about 1.8e308), so no total can overflow to Infinity. Curation, the
 * dataset format and the CORDIS reader all check this one bound.
 */
export const MAX_EUR = 1_000_000_000_000;

/** The rule as people read it, e.g. in error messages. */
export const EURO_RANGE = `an amount in euros from 0 to ${MAX_EUR}`;

/** True for a finite number of euros within [0, MAX_EUR]. */
export function isEuroAmount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_EUR;
}
