import { citedLines } from '../provenance/cited-lines.js';
import type { DatasetProblem } from './dataset-error.js';
import type { Dataset, DatasetSection } from './dataset-schema.js';
import type { DatasetFile } from './dataset-file.js';

/**
 * Every `lines` of a dataset whose source document the service holds must
 * name lines that exist in it: a citation of line 170 in a 159-line page is
 * refused with its file, line and field, like any other invalid value.
 */
export function citedLinesProblems(
  file: DatasetFile,
  data: Dataset,
  lineCount: number,
): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const check = (lines: string, keyPath: Array<string | number>) => {
    const past = citedLines(lines, lineCount + 1).filter((line) => line < 1 || line > lineCount);
    if (past.length === 0) return;
    problems.push({
      file: file.file,
      line: file.lineOf(keyPath),
      where: keyPath
        .map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`))
        .join('')
        .slice(1),
      message: `cites line ${past[0]}, but ${data.source.document ?? 'the source'} has ${lineCount} lines`,
    });
  };
  for (const section of Object.keys(data).filter((key) => key !== 'source') as DatasetSection[]) {
    const records = data[section] as Array<{ lines: string; cite?: Array<{ lines: string }> }>;
    records.forEach((record, index) => {
      check(record.lines, [section, index, 'lines']);
      record.cite?.forEach((cite, citeIndex) =>
        check(cite.lines, [section, index, 'cite', citeIndex, 'lines']),
      );
    });
  }
  return problems;
}
