import type { DatasetProblem } from '../dataset-error.js';
import type { Converted } from './converted.js';
import type { CsvRow } from './cordis-csv.js';

/**
 * Reads the values of one CSV row, recording a problem (file, line, column)
 * for each value that is missing or does not convert.
 */
export class CordisRowReader {
  private failed = false;

  constructor(
    private readonly file: string,
    private readonly row: CsvRow,
    private readonly problems: DatasetProblem[],
  ) {}

  /** True when any value of the row had a problem. */
  get hasProblems(): boolean {
    return this.failed;
  }

  /** The value on one line with runs of whitespace collapsed, or undefined when empty. */
  text(column: string): string | undefined {
    const text = this.row.value(column).replace(/\s+/g, ' ').trim();
    return text === '' ? undefined : text;
  }

  /** Like `text`, but an empty value is a problem. */
  required(column: string): string | undefined {
    const text = this.text(column);
    if (text === undefined) this.problem(column, 'must not be empty');
    return text;
  }

  /**
   * An identifier: letters and digits, with `*`, `.`, `/` or `-` between them
   * as the older exports write project codes (`ST2*0172`); it becomes part of
   * a graph id.
   */
  identifier(column: string): string | undefined {
    const text = this.required(column);
    if (text === undefined) return undefined;
    return this.checkIdentifier(column, text);
  }

  /** Like `identifier`, but empty is allowed (undefined). */
  optionalIdentifier(column: string): string | undefined {
    const text = this.text(column);
    return text === undefined ? undefined : this.checkIdentifier(column, text);
  }

  private checkIdentifier(column: string, text: string): string | undefined {
    if (/^[A-Za-z0-9]+(?:[*./-][A-Za-z0-9]+)*$/.test(text) && text.length <= 40) return text;
    this.problem(
      column,
      `"${text}" is not a CORDIS identifier (up to 40 letters and digits, with "*", ".", "/" or "-" between them)`,
    );
    return undefined;
  }

  /** The value converted; undefined (and a problem) when it does not convert. */
  convert<T>(column: string, conversion: (raw: string) => Converted<T>): T | undefined {
    const result = conversion(this.row.value(column));
    if (result.ok) return result.value;
    this.problem(column, result.message);
    return undefined;
  }

  /** Records a problem with one column of this row. */
  problem(column: string, message: string): void {
    this.failed = true;
    this.problems.push({ file: this.file, line: this.row.line, where: column, message });
  }
}
