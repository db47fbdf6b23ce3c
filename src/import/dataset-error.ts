/** One thing wrong with an import file, located so a person can fix it. */
export interface DatasetProblem {
  file: string;
  line?: number;
  /** The record and field, e.g. `organisations[3] (id "stuk").country`. */
  where: string;
  message: string;
}

/**
 * An import refused before anything was written. The message lists every
 * problem as `file:line: record.field: what is wrong`.
 */
export class DatasetError extends Error {
  constructor(readonly problems: DatasetProblem[]) {
    super(
      `Import refused, nothing was written. ${problems.length} problem(s):\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'DatasetError';
  }
}

export function formatProblem(problem: DatasetProblem): string {
  const location = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return `${location}: ${problem.where}: ${problem.message}`;
}
