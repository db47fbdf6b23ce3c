import { CsvError, parse } from 'csv-parse/sync';
import type { DatasetProblem } from '../dataset-error.js';
import { detectCordisDelimiter } from './cordis-delimiter.js';
import { escapeInnerQuotes } from './cordis-inner-quotes.js';

/** One data row of a CORDIS CSV file and where it is in the file. */
export interface CsvRow {
  /** The 1-based line the row starts on. */
  line: number;
  /** The lines the row spans, as a dataset `lines` value: "12", or "12-14" for embedded newlines. */
  lines: string;
  /** The value of a column, '' when empty or when the file has no such column. */
  value(column: string): string;
}

/** The columns a reader needs (a missing one is a problem) and those it uses when present. */
export interface CsvColumns {
  required: readonly string[];
  optional?: readonly string[];
  /** Columns of which at least one must be present: the same value under its names in different layouts. */
  oneOf?: ReadonlyArray<readonly string[]>;
}

/** The rows of one CORDIS CSV file, and what was wrong with it. */
export interface CsvTable {
  file: string;
  rows: CsvRow[];
  problems: DatasetProblem[];
  /** False when a syntax error or a missing column kept rows from being read. */
  complete: boolean;
  /** True when the header has this column. */
  has(column: string): boolean;
}

const LF = 0x0a;
const CR = 0x0d;

/**
 * Reads a CORDIS open-data CSV file as the EU publishes it: `;`-separated
 * (tab- or `,`-separated in older exports, told by the header row),
 * `"`-quoted fields that may hold separators and newlines, inner quotes
 * doubled or not (see `escapeInnerQuotes`), UTF-8 with or without a BOM, one
 * header row. Extra columns are ignored. A syntax error ends the reading; the
 * rows before it are still returned, so that their problems are reported too.
 */
export function readCordisCsv(file: string, data: Buffer | string, columns: CsvColumns): CsvTable {
  const text = typeof data === 'string' ? data : data.toString('utf8');
  const delimiter = detectCordisDelimiter(text);
  const buffer = Buffer.from(escapeInnerQuotes(text, delimiter), 'utf8');
  const lines = new LineTracker(buffer);
  const records: Array<{ values: string[]; first: number; last: number }> = [];
  const problems: DatasetProblem[] = [];
  let complete = true;
  try {
    parse(buffer, {
      delimiter,
      quote: '"',
      // A quote inside an unquoted field is text, as CORDIS means it.
      relax_quotes: true,
      bom: true,
      skip_empty_lines: true,
      on_record: (record, context) => {
        records.push({ values: record as string[], ...lines.take(context.bytes) });
        return null;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    problems.push({ file, line: lines.nextStart(), where: 'syntax', message: describe(error) });
    complete = false;
  }

  const [header, ...body] = records;
  if (!header) {
    if (complete) {
      problems.push({
        file,
        line: 1,
        where: 'header',
        message: `the file is empty; expected a header row with ${columns.required.join(';')}`,
      });
    }
    return { file, rows: [], problems, complete: false, has: () => false };
  }
  const index = new Map<string, number>();
  header.values.forEach((name, position) => {
    const column = name.trim();
    if (!index.has(column)) index.set(column, position);
  });
  const missing = columns.required.filter((column) => !index.has(column));
  for (const column of missing) {
    problems.push({
      file,
      line: header.first,
      where: column,
      message: `required column "${column}" is missing from the header`,
    });
  }
  for (const names of columns.oneOf ?? []) {
    if (names.some((column) => index.has(column))) continue;
    missing.push(names.join('/'));
    problems.push({
      file,
      line: header.first,
      where: names.join('/'),
      message: `the header needs one of the columns ${names.map((n) => `"${n}"`).join(' or ')}`,
    });
  }
  const has = (column: string): boolean => index.has(column);
  if (missing.length > 0) return { file, rows: [], problems, complete: false, has };

  const rows = body.map(({ values, first, last }): CsvRow => {
    return {
      line: first,
      lines: first === last ? String(first) : `${first}-${last}`,
      value: (column) => {
        const position = index.get(column);
        return position === undefined ? '' : (values[position] ?? '');
      },
    };
  });
  return { file, rows, problems, complete, has };
}

/** csv-parse's message without its own line number, which counts CRLF inside quotes twice. */
function describe(error: CsvError): string {
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
    return 'unclosed quote: a quoted field that starts in this record is never closed';
  }
  return `CSV syntax error: ${error.message.replace(/ (?:at|on) line \d+/g, '')}`;
}

/**
 * Turns the byte offsets at which csv-parse ends each record into line
 * numbers, counting LF bytes (a CRLF ends one line) and skipping blank lines.
 */
class LineTracker {
  private offset = 0;
  private line = 1;

  constructor(private readonly buffer: Buffer) {}

  /** The first and last line of the record that ends at byte `end`; moves past it. */
  take(end: number): { first: number; last: number } {
    const start = this.skipBlankLines();
    const first = this.line;
    const newlines = this.countNewlines(start, end);
    const endsWithNewline = end > start && this.buffer[end - 1] === LF;
    this.line = first + newlines;
    this.offset = end;
    return { first, last: endsWithNewline ? this.line - 1 : this.line };
  }

  /** The line on which the next record starts. */
  nextStart(): number {
    this.skipBlankLines();
    return this.line;
  }

  private skipBlankLines(): number {
    while (this.offset < this.buffer.length) {
      const byte = this.buffer[this.offset];
      if (byte === LF) this.line += 1;
      else if (byte !== CR) break;
      this.offset += 1;
    }
    return this.offset;
  }

  private countNewlines(from: number, to: number): number {
    let count = 0;
    for (let at = this.buffer.indexOf(LF, from); at !== -1 && at < to;) {
      count += 1;
      at = this.buffer.indexOf(LF, at + 1);
    }
    return count;
  }
}
