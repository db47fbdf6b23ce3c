import { Field, ObjectType } from 'type-graphql';
import { decodeCitation } from '../provenance/citation-token.js';
import { CitationBasis } from './citation-basis.enum.js';
import { Source } from './source.type.js';

@ObjectType({
  description:
    'Where a fact comes from: a source, the lines in it, the fields they support and whether they state them.',
})
export class Citation {
  /** Filled when the source came with the citation; otherwise loaded by id. */
  source?: Source | null;
  sourceId!: string;

  @Field(() => String, {
    description: 'Line numbers in the source document, e.g. "88-98" or "73, 84".',
  })
  lines!: string;

  @Field(() => [String], {
    description:
      'The fields of the entity or relationship this citation supports (e.g. "durationMonths"); empty when it supports the record as a whole.',
  })
  fields!: string[];

  @Field(() => CitationBasis, {
    description: 'STATED: the lines say it; INFERRED: an interpretation, explained in `note`.',
  })
  basis!: CitationBasis;

  @Field(() => String, {
    nullable: true,
    description: 'For an inference: the reasoning from the cited text to the value.',
  })
  note?: string | null;
}

/** Edge citations are stored as tokens (see `encodeCitation`); this reads them. */
export function parseCitations(
  citations: readonly string[] | null | undefined,
  basis?: CitationBasis | null,
): Citation[] {
  return (citations ?? [])
    .map((stored) => Object.assign(new Citation(), decodeCitation(stored)))
    .filter((citation) => !basis || citation.basis === basis);
}
