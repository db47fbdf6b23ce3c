import { converted, rejected, type Converted } from './converted.js';

// NUTS codes: the country's two letters and up to three more characters (levels 1 to 3).
const NUTS = /^[A-Z]{2}[A-Z0-9]{0,3}$/;
// A DOI: "10." then a registrant code, "/" and a suffix without spaces.
const DOI = /^10\.\d{4,9}\/\S{1,200}$/;
// VAT numbers: the country prefix and up to 20 letters and digits, as CORDIS writes them.
const VAT = /^[A-Z0-9]{2,22}$/;

/** A NUTS region code (`BE100`, `NL329`); empty means unknown. */
export function parseNutsCode(raw: string): Converted<string | undefined> {
  const text = raw.trim().toUpperCase();
  if (text === '') return converted(undefined);
  return NUTS.test(text)
    ? converted(text)
    : rejected(`"${raw}" is not a NUTS code (two letters and up to three letters or digits)`);
}

/** A grant DOI (`10.3030/101116741`); empty means none. */
export function parseGrantDoi(raw: string): Converted<string | undefined> {
  const text = raw.trim();
  if (text === '') return converted(undefined);
  return DOI.test(text)
    ? converted(text)
    : rejected(`"${raw}" is not a DOI like "10.3030/101116741"`);
}

/** A VAT number (`NL855175588B01`), spaces and dots removed; empty means none. */
export function parseVatNumber(raw: string): Converted<string | undefined> {
  const text = raw.replace(/[\s.-]/g, '').toUpperCase();
  if (text === '') return converted(undefined);
  return VAT.test(text)
    ? converted(text)
    : rejected(`"${raw}" is not a VAT number (a country prefix and up to 20 letters or digits)`);
}

/**
 * The call topics of a project (`HORIZON-CL3-2021-DRS-01-03`), one or more
 * separated by commas or semicolons; empty means none.
 */
export function parseCordisTopics(raw: string): Converted<string[]> {
  const codes = raw
    .split(/[,;]/)
    .map((code) => code.trim())
    .filter((code) => code !== '');
  const bad = codes.find((code) => !/^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$/.test(code));
  return bad === undefined
    ? converted([...new Set(codes)])
    : rejected(`"${bad}" is not a CORDIS topic code (letters, digits, ".", "_", "/" and "-")`);
}
