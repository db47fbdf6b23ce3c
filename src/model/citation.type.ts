import { Field, ObjectType } from 'type-graphql';
import { Source } from './source.type.js';

@ObjectType({ description: 'Where a fact comes from: a source and the lines in it that state it.' })
export class Citation {
  /** Filled when the source came with the citation; otherwise loaded by id. */
  source?: Source | null;
  sourceId!: string;

  @Field(() => String, {
    description: 'Line numbers in the source document, e.g. "88-98" or "73, 84".',
  })
  lines!: string;
}

/** Edge citations are stored as "source-id:lines"; this splits them. */
export function parseCitations(citations: readonly string[] | null | undefined): Citation[] {
  return (citations ?? []).map((citation) => {
    const separator = citation.indexOf(':');
    return { sourceId: citation.slice(0, separator), lines: citation.slice(separator + 1) };
  });
}
