import type { GraphClient } from '../graph/graph-client.js';
import { DatasetError, type DatasetProblem } from './dataset-error.js';
import type { DatasetFile } from './dataset-file.js';
import { importSteps, STEP_ORDER } from './dataset-rows.js';
import { validateDatasets, type EntityReference, type ExistingName } from './validate-dataset.js';

/** How many rows go to the database in one statement; large files take several. */
const BATCH_SIZE = 5_000;

export interface ImportReport {
  file: string;
  source: string;
  rows: number;
  elapsedMs: number;
}

export interface ImportOptions {
  onProgress?: (message: string) => void;
}

/**
 * Imports dataset files. Everything is validated first (schema, duplicates,
 * shared names, references — against the other files and the graph); if any
 * file has a problem, the whole import is refused with a DatasetError and
 * nothing is written. Then all files are written in one managed transaction
 * with `UNWIND … MERGE` on constrained keys, so a re-run changes nothing and
 * a failure leaves the graph as it was.
 */
export async function importDatasets(
  graph: GraphClient,
  files: DatasetFile[],
  options: ImportOptions = {},
): Promise<ImportReport[]> {
  const existingNames = await graph.read<ExistingName>('import/existing-names');
  const check = validateDatasets(files, existingNames);
  const problems = [...check.problems, ...(await missingReferences(graph, check.unresolved))];
  if (problems.length > 0) throw new DatasetError(problems);

  // One transaction for the whole import, step by step across all files
  // (nodes before the edges that need them), so a file may refer to records
  // of another file in any order, and a failure leaves the graph untouched.
  const plans = check.valid.map(({ file, data }) => ({ file, data, steps: importSteps(data) }));
  const reports = plans.map(({ file, data, steps }) => ({
    file: file.file,
    source: data.source.id,
    rows: steps.reduce((sum, step) => sum + step.rows.length, 0),
    elapsedMs: 0,
  }));
  const total = reports.reduce((sum, report) => sum + report.rows, 0);
  const started = performance.now();
  await graph.writeTransaction(async (tx) => {
    let written = 0;
    for (const { data } of plans) await tx.run('import/merge-source', { source: data.source });
    for (const statement of STEP_ORDER) {
      for (const { file, data, steps } of plans) {
        const step = steps.find((candidate) => candidate.statement === statement);
        if (!step) continue;
        for (let start = 0; start < step.rows.length; start += BATCH_SIZE) {
          const rows = step.rows.slice(start, start + BATCH_SIZE);
          await tx.run(statement, { rows, sourceId: data.source.id });
          written += rows.length;
          if (total > BATCH_SIZE) {
            options.onProgress?.(`${written}/${total} rows (${file.file}, ${statement})`);
          }
        }
      }
    }
  });
  const elapsedMs = performance.now() - started;
  for (const report of reports) {
    report.elapsedMs = elapsedMs;
    options.onProgress?.(`${report.file}: ${report.rows} rows from source "${report.source}"`);
  }
  options.onProgress?.(`Imported ${total} rows in ${Math.round(elapsedMs)} ms`);
  return reports;
}

/** References that neither the files nor the graph can satisfy. */
async function missingReferences(
  graph: GraphClient,
  references: EntityReference[],
): Promise<DatasetProblem[]> {
  if (references.length === 0) return [];
  const keys = new Set(
    references.flatMap((ref) => ref.labels.map((label) => `${label}:${ref.id}`)),
  );
  const ids = [...keys].map((key) => {
    const [label, ...id] = key.split(':');
    return { label, id: id.join(':') };
  });
  const found = await graph.read<{ label: string; id: string }>('import/existing-ids', { ids });
  const existing = new Set(found.map((row) => `${row.label}:${row.id}`));
  return references
    .filter((ref) => !ref.labels.some((label) => existing.has(`${label}:${ref.id}`)))
    .map((ref) => ({
      ...ref.problemAt,
      message: `refers to ${ref.labels.join(' or ')} "${ref.id}", which is neither in the files nor in the graph`,
    }));
}
