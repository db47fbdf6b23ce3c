import type { GraphClient } from '../graph/graph-client.js';
import { DatasetError, type DatasetProblem } from './dataset-error.js';
import type { DatasetFile } from './dataset-file.js';
import { importSteps, STEP_ORDER, type ImportStep } from './dataset-rows.js';
import type { Dataset } from './dataset-schema.js';
import { citedLinesProblems } from './cited-lines-check.js';
import { readSourceDocument, type SourceDocument } from './source-document.js';
import { definedNodeKeys, type NodeKey } from './node-keys.js';
import { validateDatasets, type EntityReference, type ExistingName } from './validate-dataset.js';

/** How many rows go to the database in one statement; large files take several. */
const BATCH_SIZE = 5_000;

/**
 * Imports of up to this many rows are written in one transaction. Larger ones
 * would need more transaction memory than a default Neo4j grants (the
 * `cordis`-sized benchmark dataset, 470,000 rows, fails in a 1 GB heap), so
 * they are written batch by batch (see `importDatasets`).
 */
export const SINGLE_TRANSACTION_ROWS = 50_000;

/** How many node keys one existence check or undo statement handles. */
const KEY_BATCH_SIZE = 10_000;

export interface ImportReport {
  file: string;
  source: string;
  rows: number;
  elapsedMs: number;
}

export interface ImportOptions {
  onProgress?: (message: string) => void;
  /** Imports of more rows than this are written in several transactions; default 50,000. */
  singleTransactionRows?: number;
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
 * Up to `singleTransactionRows` rows are written in one managed transaction:
 * a failure leaves the graph as it was. A larger import commits each batch
 * on its own, so transaction memory stays bounded; before its first write it
 * notes which of its nodes the graph lacks, and if any batch fails it deletes
 * those nodes again, with every relationship attached to them, before
 * reporting the failure. Nothing it created survives a failure; what it
 * wrote to records that existed before (their properties and the
 * relationships between them) is completed by running the same import again.
 */
export async function importDatasets(
  graph: GraphClient,
  files: DatasetFile[],
  options: ImportOptions = {},
): Promise<ImportReport[]> {
  const existingNames = await graph.read<ExistingName>('import/existing-names');
  const check = validateDatasets(files, existingNames);
  const plans: FilePlan[] = check.valid.map(({ file, data }) => ({
    file,
    data,
    document: readSourceDocument(file, data.source.document),
    steps: importSteps(data),
  }));
  const problems = [
    ...check.problems,
    ...plans.flatMap(({ file, data, document }) =>
      document ? citedLinesProblems(file, data, document.lineCount) : [],
    ),
    ...(await missingReferences(graph, check.unresolved)),
  ];
  if (problems.length > 0) throw new DatasetError(problems);

  const reports = plans.map(({ file, data, steps }) => ({
    file: file.file,
    source: data.source.id,
    rows: steps.reduce((sum, step) => sum + step.rows.length, 0),
    elapsedMs: 0,
  }));
  const total = reports.reduce((sum, report) => sum + report.rows, 0);
  const started = performance.now();
  if (total <= (options.singleTransactionRows ?? SINGLE_TRANSACTION_ROWS)) {
    await writeInOneTransaction(graph, plans, total, options);
  } else {
    await writeInBatches(graph, plans, total, options);
  }
  const elapsedMs = performance.now() - started;
  for (const report of reports) {
    report.elapsedMs = elapsedMs;
    options.onProgress?.(`${report.file}: ${report.rows} rows from source "${report.source}"`);
  }
  options.onProgress?.(`Imported ${total} rows in ${Math.round(elapsedMs)} ms`);
  return reports;
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
  run: (statement: string, params: Record<string, unknown>) => Promise<void>,
): Promise<void> {
  let written = 0;
  for (const { data, document } of plans) {
    await run('import/merge-source', { source: { ...data.source, ...document } });
  }
  for (const statement of STEP_ORDER) {
    for (const { file, data, steps } of plans) {
      const step = steps.find((candidate) => candidate.statement === statement);
      if (!step) continue;
      for (let start = 0; start < step.rows.length; start += BATCH_SIZE) {
        const rows = step.rows.slice(start, start + BATCH_SIZE);
        await run(statement, { rows, sourceId: data.source.id });
        written += rows.length;
        if (total > BATCH_SIZE) {
          options.onProgress?.(`${written}/${total} rows (${file.file}, ${statement})`);
        }
      }
    }
  }
}

/** One transaction for the whole import: a failure leaves the graph untouched. */
async function writeInOneTransaction(
  graph: GraphClient,
  plans: readonly FilePlan[],
  total: number,
  options: ImportOptions,
): Promise<void> {
  await graph.writeTransaction(async (tx) => {
    await forEachBatch(plans, total, options, async (statement, params) => {
      await tx.run(statement, params);
    });
  });
}

/** One transaction per batch; on failure the nodes this import created are deleted again. */
async function writeInBatches(
  graph: GraphClient,
  plans: readonly FilePlan[],
  total: number,
  options: ImportOptions,
): Promise<void> {
  const created = await missingNodeKeys(
    graph,
    plans.flatMap(({ data }) => definedNodeKeys(data)),
  );
  options.onProgress?.(
    `Large import (${total} rows): one transaction per batch; ${created.length} new nodes`,
  );
  try {
    await forEachBatch(plans, total, options, async (statement, params) => {
      await graph.writeTransaction(async (tx) => {
        await tx.run(statement, params);
      });
    });
  } catch (error) {
    options.onProgress?.(`Import failed; deleting the ${created.length} nodes it created`);
    for (let start = 0; start < created.length; start += KEY_BATCH_SIZE) {
      const keys = created.slice(start, start + KEY_BATCH_SIZE);
      await graph.writeTransaction(async (tx) => {
        await tx.run('import/delete-created-nodes', { keys });
      });
    }
    throw error;
  }
}

/** The keys among `keys` that the graph does not hold yet. */
async function missingNodeKeys(graph: GraphClient, keys: readonly NodeKey[]): Promise<NodeKey[]> {
  const existing = new Set<string>();
  for (let start = 0; start < keys.length; start += KEY_BATCH_SIZE) {
    const found = await graph.read<NodeKey>('import/existing-node-keys', {
      keys: keys.slice(start, start + KEY_BATCH_SIZE),
    });
    for (const key of found) existing.add(`${key.label}:${key.id}`);
  }
  return keys.filter((key) => !existing.has(`${key.label}:${key.id}`));
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
