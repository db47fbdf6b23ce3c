import { EURO_RANGE, isEuroAmount } from '../../domain/money.js';
import { converted, rejected, type Converted } from './converted.js';

// CORDIS writes amounts with a decimal point, or a decimal comma in some exports.
const AMOUNT = /^\d+(?:[.,]\d+)?$/;

/** A CORDIS amount in euros (`1234567.5` or `1234567,5`); empty means unknown (undefined). */
export function parseCordisAmount(raw: string): Converted<number | undefined> {
  const text = raw.trim();
  if (text === '') return converted(undefined);
  if (!AMOUNT.test(text)) {
    return rejected(`"${raw}" is not an amount in euros (digits with an optional decimal point)`);
  }
  const amount = Number(text.replace(',', '.'));
  if (!isEuroAmount(amount)) return rejected(`"${raw}" is not ${EURO_RANGE}`);
  return converted(amount);
}
