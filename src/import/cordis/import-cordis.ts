import type { GraphClient } from '../../graph/graph-client.js';
import { DatasetError } from '../dataset-error.js';
import { importDatasets, type ImportOptions, type ImportReport } from '../import-datasets.js';
import { validateDatasets } from '../validate-dataset.js';
import type { CordisConversion } from './convert-cordis.js';
import { cordisDatasetFile, inCordisFile } from './cordis-dataset-file.js';

/**
 * Validates a converted CORDIS export as the import would (schema, duplicates,
 * shared names) without a database — every reference of a converted export
 * points at a record of the export itself. Throws a DatasetError whose problems
 * name the CSV file and line of each record.
 */
export function checkCordis(conversion: CordisConversion): void {
  const check = validateDatasets([cordisDatasetFile(conversion)]);
  if (check.problems.length > 0) {
    throw new DatasetError(check.problems.map((p) => inCordisFile(p, conversion.files)));
  }
}

/**
 * Imports a converted CORDIS export through the dataset import: all or
 * nothing, and a re-run changes nothing. A refused import throws a
 * DatasetError whose problems name the CSV file and line of each record.
 */
export async function importCordis(
  graph: GraphClient,
  conversion: CordisConversion,
  options: ImportOptions = {},
): Promise<ImportReport> {
  try {
    const [report] = await importDatasets(graph, [cordisDatasetFile(conversion)], options);
    if (!report) throw new Error('The import reported no file');
    return report;
  } catch (error) {
    if (error instanceof DatasetError) {
      throw new DatasetError(error.problems.map((p) => inCordisFile(p, conversion.files)));
    }
    throw error;
  }
}
