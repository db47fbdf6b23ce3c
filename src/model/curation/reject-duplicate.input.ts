import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CitationInput } from './citation.input.js';
import { IsSlug } from './validation-rules.js';

@InputType({
  description: 'Two organisations that are not one body, whatever their names suggest.',
})
export class RejectDuplicateInput {
  @Field(() => [ID], { description: 'The two organisation ids.' })
  @ArrayMinSize(2)
  @ArrayMaxSize(2)
  @IsSlug({ each: true })
  organisationIds!: string[];

  @Field(() => String, { description: 'Why they are different bodies, for the record.' })
  @Length(3, 2000)
  reason!: string;

  @Field(() => CitationInput, { nullable: true, description: 'The document that shows it.' })
  @IsOptional()
  @ValidateNested()
  citation?: CitationInput | null;
}
