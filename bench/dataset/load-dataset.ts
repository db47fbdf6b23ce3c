import { statSync } from 'node:fs';
import type { GraphClient } from '../../src/graph/graph-client.js';
import { DatasetFile } from '../../src/import/dataset-file.js';
import { importDatasets, type ImportOptions } from '../../src/import/import-datasets.js';

/** What loading a generated dataset took. */
export interface LoadReport {
  files: number;
  bytes: number;
  rows: number;
  readMs: number;
  importMs: number;
  rowsPerSecond: number;
}

/**
 * Loads dataset files the way a user does: read from disk (`DatasetFile.read`)
 * and imported by `importDatasets` (validation first, then the write). The
 * import time covers validation and writing; reading and parsing is timed
 * apart.
 */
export async function loadDataset(
  graph: GraphClient,
  paths: readonly string[],
  log: (line: string) => void = () => {},
  options: Omit<ImportOptions, 'onProgress'> = {},
): Promise<LoadReport> {
  const readStarted = performance.now();
  const files = paths.map((file) => DatasetFile.read(file));
  const readMs = performance.now() - readStarted;
  const bytes = paths.reduce((sum, file) => sum + statSync(file).size, 0);
  const importStarted = performance.now();
  const reports = await importDatasets(graph, files, { ...options, onProgress: log });
  const importMs = performance.now() - importStarted;
  const rows = reports.reduce((sum, report) => sum + report.rows, 0);
  return {
    files: files.length,
    bytes,
    rows,
    readMs,
    importMs,
    rowsPerSecond: rows / ((readMs + importMs) / 1000),
  };
}
