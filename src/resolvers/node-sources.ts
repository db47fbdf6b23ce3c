import type { CitationBasis } from '../domain/citation-basis.js';
import type { Loaders } from '../loaders/create-loaders.js';
import { Citation, parseCitations } from '../model/citation.type.js';
import { CitationBasis as Basis } from '../model/citation-basis.enum.js';

/** A node's SOURCED_FROM edge as the provenance statement returns it. */
interface NodeSourceRow {
  source?: Citation['source'];
  lines: string;
  citations?: string[] | null;
}

/**
 * The citations of a node, through the one batched provenance statement: one
 * per stored citation (the record's lines, then each field's own), or the
 * edge's lines alone where nothing more was stored (curation edits). With a
 * basis, only citations of that basis.
 */
export async function nodeSources(
  loaders: Loaders,
  label: string,
  id: string,
  basis?: CitationBasis | null,
): Promise<Citation[]> {
  const rows = (await loaders.sourcesByNode.load(`${label}|${id}`)) as NodeSourceRow[];
  return rows
    .flatMap((row) => {
      const stored = row.citations ?? [];
      const citations =
        stored.length > 0
          ? parseCitations(stored)
          : [
              Object.assign(new Citation(), {
                sourceId: row.source?.id ?? '',
                lines: row.lines,
                fields: [],
                basis: Basis.STATED,
                note: null,
              }),
            ];
      // The source is loaded in full (with its text) only if asked for, once per request.
      for (const citation of citations) citation.sourceId ||= row.source?.id ?? '';
      return citations;
    })
    .filter((citation) => !basis || citation.basis === basis);
}
