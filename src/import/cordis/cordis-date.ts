import { converted, rejected, type Converted } from './converted.js';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A CORDIS date (`YYYY-MM-DD`, a real calendar day); empty means unknown (undefined). */
export function parseCordisDate(raw: string): Converted<string | undefined> {
  const text = raw.trim();
  if (text === '') return converted(undefined);
  const match = DAY.exec(text);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return converted(text);
  }
  return rejected(`"${raw}" is not a date like "2021-09-01"`);
}
