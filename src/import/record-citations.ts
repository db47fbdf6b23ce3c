import { CitationBasis } from '../domain/citation-basis.js';
import { encodeCitation } from '../provenance/citation-token.js';
import { CITATION_KEYS, type FieldCitation } from './citation-schema.js';

/** What every dataset record has for provenance. */
export interface CitedRecord {
  lines: string;
  inferred?: string | undefined;
  cite?: FieldCitation[] | undefined;
}

/** Keys that identify a record rather than state something about it. */
const IDENTITY_KEYS = new Set(['id', 'code']);

/** The fields of a record that hold a value (empty lists and absent fields hold none). */
export function heldFields(record: object): string[] {
  return Object.entries(record)
    .filter(([key]) => !CITATION_KEYS.has(key) && !IDENTITY_KEYS.has(key))
    .filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0))
    .map(([key]) => key);
}

/**
 * The stored citations of one record: its `lines` for every held field that
 * has no citation of its own, then one per `cite` entry. Each says its basis;
 * an inference carries its note.
 */
export function recordCitations(sourceId: string, record: CitedRecord): string[] {
  const cites = record.cite ?? [];
  const citedSeparately = new Set(cites.flatMap((cite) => cite.fields));
  const wholeRecord = encodeCitation({
    sourceId,
    lines: record.lines,
    fields: heldFields(record).filter((field) => !citedSeparately.has(field)),
    basis: record.inferred ? CitationBasis.INFERRED : CitationBasis.STATED,
    note: record.inferred ?? null,
  });
  return [
    wholeRecord,
    ...cites.map((cite) =>
      encodeCitation({
        sourceId,
        lines: cite.lines,
        fields: cite.fields,
        basis: cite.inferred ? CitationBasis.INFERRED : CitationBasis.STATED,
        note: cite.inferred ?? null,
      }),
    ),
  ];
}
