import type { GraphClient } from '../graph/graph-client.js';
import { importDatasets, type ImportOptions, type ImportReport } from './import-datasets.js';
import { readSeedFiles } from './seed-files.js';

/** Loads the curated seed when the graph has no domain nodes; returns what it imported. */
export async function seedIfEmpty(
  graph: GraphClient,
  onProgress?: (message: string) => void,
  options: Pick<ImportOptions, 'timeoutMs'> = {},
): Promise<ImportReport[]> {
  const [row] = await graph.read<{ count: number }>('queries/count-entities');
  if ((row?.count ?? 0) > 0) return [];
  return importDatasets(graph, readSeedFiles(), { onProgress, ...options });
}
