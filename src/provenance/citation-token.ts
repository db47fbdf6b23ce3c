import { CitationBasis } from '../domain/citation-basis.js';

/**
 * One citation as it is stored on an edge (`citations`) or on a node's
 * SOURCED_FROM edge: `source-id:lines`, optionally followed by `|` and a JSON
 * object with the fields it supports, its basis and the note that explains an
 * inference. The plain form (older imports, curation edits) reads as a stated
 * citation of the whole record; imports replace a source's tokens by prefix
 * (`source-id:`), so the suffix never gets in the way.
 */
export interface CitationToken {
  sourceId: string;
  lines: string;
  /** The record's fields this citation supports; empty: the record as a whole. */
  fields: string[];
  basis: CitationBasis;
  note: string | null;
}

interface TokenDetails {
  fields?: string[];
  basis?: CitationBasis;
  note?: string;
}

/** The stored form of a citation. */
export function encodeCitation(token: CitationToken): string {
  const details: TokenDetails = {};
  if (token.fields.length > 0) details.fields = token.fields;
  if (token.basis !== CitationBasis.STATED) details.basis = token.basis;
  if (token.note) details.note = token.note;
  const head = `${token.sourceId}:${token.lines}`;
  return Object.keys(details).length > 0 ? `${head}|${JSON.stringify(details)}` : head;
}

/** Reads a stored citation; an unreadable detail part is ignored rather than failing a read. */
export function decodeCitation(stored: string): CitationToken {
  const separator = stored.indexOf(':');
  const sourceId = stored.slice(0, separator);
  const rest = stored.slice(separator + 1);
  const bar = rest.indexOf('|');
  const lines = bar < 0 ? rest : rest.slice(0, bar);
  let details: TokenDetails = {};
  if (bar >= 0) {
    try {
      details = JSON.parse(rest.slice(bar + 1)) as TokenDetails;
    } catch {
      details = {};
    }
  }
  return {
    sourceId,
    lines,
    fields: Array.isArray(details.fields) ? details.fields.map(String) : [],
    basis: details.basis === CitationBasis.INFERRED ? CitationBasis.INFERRED : CitationBasis.STATED,
    note: typeof details.note === 'string' ? details.note : null,
  };
}
