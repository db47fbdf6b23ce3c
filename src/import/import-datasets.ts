import { randomUUID } from 'node:crypto';
import type { StatementName } from '../graph/statement-names.js';
import type { GraphClient, GraphTransaction, Params, Row } from '../graph/graph-client.js';
import { DatasetError, type DatasetProblem } from './dataset-error.js';
import type { DatasetFile } from './dataset-file.js';
import { importSteps, type ImportStep } from './dataset-rows.js';
import type { Dataset } from './dataset-schema.js';
import { linkImportedOrganisations } from '../identity/link-imported-organisations.js';
import { citedLinesProblems } from './cited-lines-check.js';
import { readSourceDocument, type SourceDocument } from './source-document.js';
import {
  sharedNames,
  validateDatasets,
  type DatasetCheck,
  type EntityReference,
  type ExistingName,
} from './validate-dataset.js';
import { importKeysOf } from './import-keys.js';
import { ImportTooLargeError, isTransactionMemoryError } from './import-too-large.js';

/** How many rows go to the database in one statement; large files take several. */
const BATCH_SIZE = 5_000;

export interface ImportReport {
  file: string;
  source: string;
  rows: number;
  elapsedMs: number;
}

/** How far the write of an import has got, for progress reports. */
export interface ImportProgress {
  written: number;
  total: number;
}

export interface ImportOptions {
  onProgress?: (message: string) => void;
  /** Called once validation has passed, as the write begins, with the rows to write. */
  onWriting?: (total: number) => void;
  /** Called after each statement of the write with the rows written so far (in the open transaction). */
  onRows?: (progress: ImportProgress) => void;
  /** Named in the transaction's metadata (`SHOW TRANSACTIONS`); default: a new random id. */
  importId?: string;
  /** Longest the write transaction may run; default: the client's transaction timeout. */
  timeoutMs?: number;
}

interface FilePlan {
  file: DatasetFile;
  data: Dataset;
  /** The source document's text, stored on the Source node when the file's folder has it. */
  document: SourceDocument | undefined;
  steps: ImportStep[];
}

/**
 * Imports dataset files. Everything is validated first (schema, duplicates,
 * shared names, references — against the other files and the graph); if any
 * file has a problem, the whole import is refused with a DatasetError and
 * nothing is written. Then the files are written with `UNWIND … MERGE` on
 * constrained keys, so a re-run changes nothing.
 *
 * The whole import is one managed transaction, whatever its size: readers
 * see the graph before the import or after it, never a state between, and a
 * failure (a refused statement, a lost connection, the import process killed,
 * the database stopped) leaves the graph as it was — Neo4j rolls back what it
 * never committed. The size of an import is bounded by the database's
 * transaction memory: an import that does not fit is refused whole with an
 * ImportTooLargeError.
 *
 * What needs the graph (matching, names and identifiers other nodes hold,
 * references) is read inside that transaction, after the import has claimed
 * the name keys, identifiers and normalised names it brings
 * (src/import/import-keys.ts): two imports bringing the same new
 * organisation at once are put in line by the keys' unique constraints, and
 * the second one links to the first one's node.
 * A transaction the database ends for a deadlock is run again whole by the
 * driver, matching included.
 */
export async function importDatasets(
  graph: GraphClient,
  files: DatasetFile[],
  options: ImportOptions = {},
): Promise<ImportReport[]> {
  const check = validateDatasets(files);
  if (check.problems.length > 0) throw new DatasetError(check.problems);
  const keys = importKeysOf(check.valid);
  const importId = options.importId ?? randomUUID();
  const metadata = {
    import: importId,
    files: check.valid.map(({ file }) => file.file).join(', '),
    // Records of the files (the rows written are known once matching has run).
    rows: check.valid.reduce((sum, { data }) => sum + recordsOf(data), 0),
  };
  let reports: ImportReport[] = [];
  let total = 0;
  const started = performance.now();
  await graph.writeTransaction(
    async (unguarded) => {
      // Any statement of the import may be the one that exhausts the
      // transaction's memory. Not retried: the same import would need the
      // same memory again.
      const tx: GraphTransaction = {
        run: async <T = Row>(statement: StatementName, params?: Params): Promise<T[]> => {
          try {
            return await unguarded.run<T>(statement, params);
          } catch (error) {
            if (isTransactionMemoryError(error)) {
              throw new ImportTooLargeError(total || metadata.rows, error);
            }
            throw error;
          }
        },
      };
      await tx.run('import/claim-import-keys', { ...keys });
      const plans = await planImport(tx, check, options);
      reports = plans.map(({ file, data, steps }) => ({
        file: file.file,
        source: data.source.id,
        rows: steps.reduce((sum, step) => sum + step.rows.length, 0),
        elapsedMs: 0,
      }));
      total = reports.reduce((sum, report) => sum + report.rows, 0);
      options.onWriting?.(total);
      await forEachBatch(plans, total, options, async (statement, params) => {
        await tx.run(statement, params);
      });
      await tx.run('import/release-unclaimed-keys', { ...keys });
    },
    { metadata, timeoutMs: options.timeoutMs },
  );
  const elapsedMs = performance.now() - started;
  for (const report of reports) {
    report.elapsedMs = elapsedMs;
    options.onProgress?.(`${report.file}: ${report.rows} rows from source "${report.source}"`);
  }
  options.onProgress?.(`Imported ${total} rows in ${Math.round(elapsedMs)} ms`);
  return reports;
}

/**
 * The import's plan, read inside its transaction: matching rewrites records
 * to the nodes the graph already holds (src/identity/), then names are
 * checked against the graph's, so a linked spelling is an alias, not a
 * clash, and references against what the graph holds. Any problem refuses
 * the whole import (a DatasetError, which ends the transaction unwritten).
 */
async function planImport(
  tx: GraphTransaction,
  check: DatasetCheck,
  options: ImportOptions,
): Promise<FilePlan[]> {
  const existingNames = await tx.run<ExistingName>('import/existing-names');
  const identity = await linkImportedOrganisations(tx, check.valid);
  const plans: FilePlan[] = identity.valid.map(({ file, data }, index) => ({
    file,
    data,
    document: readSourceDocument(file, data.source.document),
    steps: [...importSteps(data), ...(identity.steps[index] ?? [])],
  }));
  const problems = [
    ...identity.problems,
    ...sharedNames(identity.valid, existingNames),
    ...plans.flatMap(({ file, data, document }) =>
      document ? citedLinesProblems(file, data, document.lineCount) : [],
    ),
    ...(await missingReferences(tx, check.unresolved)),
  ];
  if (problems.length > 0) throw new DatasetError(problems);
  if (identity.linked + identity.candidates > 0) {
    options.onProgress?.(
      `Matching: ${identity.linked} organisations linked to existing nodes, ${identity.candidates} pairs for review`,
    );
  }
  return plans;
}

/**
 * Every statement of every file, step by step across all files (nodes before
 * the edges that need them), so a file may refer to records of another file
 * in any order: `run` is called once per statement and batch.
 */
async function forEachBatch(
  plans: readonly FilePlan[],
  total: number,
  options: ImportOptions,
  run: (statement: StatementName, params: Record<string, unknown>) => Promise<void>,
): Promise<void> {
  let written = 0;
  for (const { data, document } of plans) {
    await run('import/merge-source', { source: { ...data.source, ...document } });
  }
  const [first] = plans;
  for (let index = 0; index < (first?.steps.length ?? 0); index += 1) {
    for (const { file, data, steps } of plans) {
      const step = steps[index]!;
      const { statement } = step;
      for (let start = 0; start < step.rows.length; start += BATCH_SIZE) {
        const rows = step.rows.slice(start, start + BATCH_SIZE);
        await run(statement, { rows, sourceId: data.source.id });
        written += rows.length;
        options.onRows?.({ written, total });
        if (total > BATCH_SIZE) {
          options.onProgress?.(`${written}/${total} rows (${file.file}, ${statement})`);
        }
      }
    }
  }
}

/** References that neither the files nor the graph can satisfy. */
async function missingReferences(
  tx: GraphTransaction,
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
  const found = await tx.run<{ label: string; id: string }>('queries/existing-ids', { ids });
  const existing = new Set(found.map((row) => `${row.label}:${row.id}`));
  return references
    .filter((ref) => !ref.labels.some((label) => existing.has(`${label}:${ref.id}`)))
    .map((ref) => ({
      ...ref.problemAt,
      message: `refers to ${ref.labels.join(' or ')} "${ref.id}", which is neither in the files nor in the graph`,
    }));
}

/** How many records a dataset holds, over all its sections. */
function recordsOf(data: Dataset): number {
  return Object.values(data).reduce<number>(
    (sum, section) => sum + (Array.isArray(section) ? section.length : 0),
    0,
  );
}
