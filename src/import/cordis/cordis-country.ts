import countries from 'i18n-iso-countries';
import { converted, rejected, type Converted } from './converted.js';

/** A country as the dataset keys it: ISO 3166-1 alpha-2 code and English name. */
export interface CordisCountry {
  code: string;
  name: string;
}

// CORDIS follows the EU's own country codes where they differ from ISO 3166-1.
const EU_TO_ISO: Readonly<Record<string, string>> = { EL: 'GR', UK: 'GB' };

/** The country of a CORDIS code (EL -> GR, UK -> GB); empty means unknown (undefined). */
export function parseCordisCountry(raw: string): Converted<CordisCountry | undefined> {
  const text = raw.trim().toUpperCase();
  if (text === '') return converted(undefined);
  const code = EU_TO_ISO[text] ?? text;
  const name = /^[A-Z]{2}$/.test(code) ? countries.getName(code, 'en') : undefined;
  if (name === undefined) {
    return rejected(`"${raw}" is not an ISO 3166-1 alpha-2 country code`);
  }
  return converted({ code, name });
}
