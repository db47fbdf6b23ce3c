import { parseCordisAmount } from './cordis-amount.js';
import { converted, type Converted } from './converted.js';

/**
 * The zero-cost rule, stated once: CORDIS writes a `totalCost` of 0 when the
 * total was not reported (lump-sum grants, many EIC and MSCA actions; 64 of
 * the first 100 Horizon Europe projects) while the EU contribution is
 * positive. No funded action costs nothing, so a total cost of 0 is read as
 * unknown (null), never as zero; any other amount is taken as written.
 */
export const ZERO_COST_RULE =
  'CORDIS writes a totalCost of 0 for "not reported"; it is stored as unknown (null), never as 0.';

/** A CORDIS `totalCost` in euros, with 0 (not reported) and empty read as unknown. */
export function parseCordisTotalCost(raw: string): Converted<number | undefined> {
  const amount = parseCordisAmount(raw);
  if (amount.ok && amount.value === 0) return converted(undefined);
  return amount;
}
