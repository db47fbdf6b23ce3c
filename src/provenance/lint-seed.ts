import { readSeedFiles, SEED_DIR } from '../import/seed-files.js';
import { datasetSchema } from '../import/dataset-schema.js';
import { readSourceDocument } from '../import/source-document.js';
import type { DatasetProblem } from '../import/dataset-error.js';
import { sourceLines } from './source-lines.js';
import { lintCitations, type LintInput } from './lint-citations.js';

/**
 * The provenance lint over the curated seed (`seed/*.yaml` with the documents
 * in `seed/sources/`). Files that do not pass the dataset schema are the
 * importer's to report; here they only make the lint fail.
 */
export function lintSeed(seedDir = SEED_DIR): DatasetProblem[] {
  const inputs: LintInput[] = [];
  const problems: DatasetProblem[] = [];
  for (const file of readSeedFiles(seedDir)) {
    const parsed = datasetSchema.safeParse(file.content);
    if (!parsed.success) {
      problems.push({
        file: file.file,
        where: 'file',
        message: 'does not pass the dataset schema',
      });
      continue;
    }
    const document = readSourceDocument(file, parsed.data.source.document);
    inputs.push({
      file,
      data: parsed.data,
      documentLines: document ? sourceLines(document.text) : undefined,
    });
  }
  return [...problems, ...lintCitations(inputs)];
}
