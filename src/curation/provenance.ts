import type { User } from '../auth/user.js';
import { badUserInput } from '../errors.js';
import type { GraphTransaction } from '../graph/graph-client.js';
import { ensureCurationSource } from '../graph/queries/ensure-curation-source.js';
import { sourceExists } from '../graph/queries/source-exists.js';
import type { CitationInput } from '../model/curation/citation.input.js';

/** Where an edit comes from, as the write statements take it. */
export interface Provenance {
  sourceId: string;
  lines: string;
  /** "source-id:lines", the form edges keep. */
  citation: string;
  editor: string;
  /** ISO time of the edit. */
  at: string;
}

/** The Source id standing for one editor's direct edits. */
export function curationSourceId(subject: string): string {
  const slug = subject
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `curation-${slug || 'editor'}`;
}

/**
 * Every write carries provenance: the cited document (which must exist) and
 * its lines, or else the editor and the time, under the editor's own
 * curation Source. Runs inside the write transaction.
 */
export async function resolveProvenance(
  tx: GraphTransaction,
  citation: CitationInput | null | undefined,
  user: User,
  at = new Date().toISOString(),
): Promise<Provenance> {
  if (citation) {
    if (!(await sourceExists(tx, citation.sourceId))) {
      throw badUserInput(`Unknown Source id in "citation.sourceId": "${citation.sourceId}"`, {
        argument: 'citation.sourceId',
        unknownIds: [citation.sourceId],
      });
    }
    const lines = citation.lines ?? 'not stated';
    return {
      sourceId: citation.sourceId,
      lines,
      citation: `${citation.sourceId}:${lines}`,
      editor: user.subject,
      at,
    };
  }
  const sourceId = curationSourceId(user.subject);
  await ensureCurationSource(tx, { sourceId, title: `Edits by ${user.subject}`, at });
  const lines = `edited by ${user.subject} at ${at}`;
  return { sourceId, lines, citation: `${sourceId}:${lines}`, editor: user.subject, at };
}
