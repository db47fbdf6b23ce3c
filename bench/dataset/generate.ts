import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import { buildDataset, type DatasetSummary } from './build-dataset.js';
import { SCALES, type ScaleName } from './scales.js';
import { writeDataset } from './write-dataset.js';

/** Where generated files go unless told otherwise (git-ignored). */
export function defaultDatasetDir(scale: ScaleName, seed: number): string {
  return path.join(PROJECT_ROOT, 'var', 'bench-data', `${scale}-${seed}`);
}

/** Builds the dataset of a scale and seed and writes its files; the same input gives the same bytes. */
export function generateDataset(
  scale: ScaleName,
  seed: number,
  outDir: string = defaultDatasetDir(scale, seed),
): { paths: string[]; summary: DatasetSummary; elapsedMs: number } {
  const started = performance.now();
  const { files, summary } = buildDataset(SCALES[scale], seed);
  const paths = writeDataset(files, outDir);
  return { paths, summary, elapsedMs: performance.now() - started };
}
