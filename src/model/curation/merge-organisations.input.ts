import { IsOptional, Length, Matches, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CitationInput } from './citation.input.js';
import { SLUG_MESSAGE, SLUG_PATTERN } from './validation-rules.js';

@InputType({ description: 'Two organisation nodes that turn out to be one body.' })
export class MergeOrganisationsInput {
  @Field(() => ID, { description: 'The node that stays.' })
  @Matches(SLUG_PATTERN, { message: `survivorId ${SLUG_MESSAGE}` })
  survivorId!: string;

  @Field(() => ID, { description: 'The node merged into it (its id stops resolving).' })
  @Matches(SLUG_PATTERN, { message: `mergedId ${SLUG_MESSAGE}` })
  mergedId!: string;

  @Field(() => String, { description: 'Why they are one body, for the record.' })
  @Length(3, 2000)
  reason!: string;

  @Field(() => CitationInput, { nullable: true, description: 'The document that shows it.' })
  @IsOptional()
  @ValidateNested()
  citation?: CitationInput | null;
}
