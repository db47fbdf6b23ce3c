import { stringify } from 'csv-stringify/sync';

/**
 * First characters that make Excel, LibreOffice Calc or Google Sheets read a
 * cell as a formula (OWASP CSV injection guidance: = + - @ tab and carriage
 * return; ASVS adds NUL), and their full-width forms, which some locales
 * treat alike.
 */
const FORMULA_START = /^[=+\-@\t\r\0\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * A text cell that a spreadsheet shows as text: one starting like a formula
 * gets a leading single quote. Applied to text only: numeric columns (counts,
 * weights) stay numbers, and none of them is negative.
 */
export function spreadsheetSafe(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/**
 * Every CSV export is written here: UTF-8 with a byte-order mark (so
 * spreadsheets read "Halsnæs" as written), a header row, every text cell
 * quoted and neutralised by `spreadsheetSafe`, numbers as numbers.
 */
export function spreadsheetCsv<Column extends string>(
  columns: readonly Column[],
  rows: ReadonlyArray<Record<Column, string | number>>,
): string {
  return stringify(rows as Array<Record<Column, string | number>>, {
    bom: true,
    header: true,
    columns: [...columns],
    quoted_string: true,
    cast: { string: spreadsheetSafe },
  });
}
