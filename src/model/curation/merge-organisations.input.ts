import { IsOptional, Length, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CitationInput } from './citation.input.js';
import { IsSlug } from './validation-rules.js';

@InputType({ description: 'Two organisation nodes that turn out to be one body.' })
export class MergeOrganisationsInput {
  @Field(() => ID, { description: 'The node that stays.' })
  @IsSlug()
  survivorId!: string;

  @Field(() => ID, { description: 'The node merged into it (its id stops resolving).' })
  @IsSlug()
  mergedId!: string;

  @Field(() => String, { description: 'Why they are one body, for the record.' })
  @Length(3, 2000)
  reason!: string;

  @Field(() => CitationInput, { nullable: true, description: 'The document that shows it.' })
  @IsOptional()
  @ValidateNested()
  citation?: CitationInput | null;
}
