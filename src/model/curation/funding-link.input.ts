import { IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { CitationInput } from './citation.input.js';
import { IsEuroAmount, IsSlug } from './validation-rules.js';

@InputType({ description: 'A funding source pays for a project.' })
export class FundingLinkInput {
  @Field(() => ID, { description: 'The project paid for.' })
  @IsSlug()
  projectId!: string;

  @Field(() => ID, { description: 'Who pays.' })
  @IsSlug()
  fundingSourceId!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Amount in euros (0 to 1e12); null clears it.',
  })
  @IsOptional()
  @IsEuroAmount()
  amountEur?: number | null;

  @Field(() => String, { nullable: true, description: 'How the source words it; null clears it.' })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;

  @Field(() => CitationInput, { nullable: true, description: 'Where the fact comes from.' })
  @IsOptional()
  @ValidateNested()
  citation?: CitationInput | null;
}
