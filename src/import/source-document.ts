import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sourceLines } from '../provenance/source-lines.js';
import type { DatasetFile } from './dataset-file.js';

/** The folder, next to a dataset file, that holds the documents its sources name. */
export const SOURCES_FOLDER = 'sources';

/** A source document as the service stores it. */
export interface SourceDocument {
  text: string;
  lineCount: number;
}

/**
 * The text of the document a dataset's `source.document` names, read from
 * `sources/` beside the dataset file; undefined when the file was built in
 * memory or the document is not there (the source is then stored without
 * text, as before). Only a plain file name is looked up, never a path.
 */
export function readSourceDocument(
  file: DatasetFile,
  document: string | undefined,
): SourceDocument | undefined {
  if (!file.directory || !document || path.basename(document) !== document) return undefined;
  const location = path.join(file.directory, SOURCES_FOLDER, document);
  if (!existsSync(location)) return undefined;
  const text = readFileSync(location, 'utf8');
  return { text, lineCount: sourceLines(text).length };
}
