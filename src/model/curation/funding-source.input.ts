import { ArrayMaxSize, IsOptional, Length, Matches, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { FundingSourceKind } from '../funding-source-kind.enum.js';
import { CitationInput } from './citation.input.js';
import { MAX_ALIASES, MAX_NAME, SLUG_MESSAGE, SLUG_PATTERN } from './validation-rules.js';

@InputType({ description: 'A new funding source.' })
export class CreateFundingSourceInput {
  @Field(() => ID, { description: 'New stable slug.' })
  @Matches(SLUG_PATTERN, { message: `id ${SLUG_MESSAGE}` })
  id!: string;

  @Field(() => String, { description: 'The name it is best known by.' })
  @Length(1, MAX_NAME)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Short form.' })
  @IsOptional()
  @Length(1, 50)
  acronym?: string | null;

  @Field(() => [String], { nullable: true, description: 'Other names.' })
  @IsOptional()
  @ArrayMaxSize(MAX_ALIASES)
  @Length(1, MAX_NAME, { each: true })
  aliases?: string[] | null;

  @Field(() => FundingSourceKind, { description: 'What sort of money it is.' })
  kind!: FundingSourceKind;

  @Field(() => CitationInput, { nullable: true, description: 'Where the facts come from.' })
  @IsOptional()
  @ValidateNested()
  citation?: CitationInput | null;
}

@InputType({ description: 'Changes to a funding source: only the fields given change.' })
export class UpdateFundingSourceInput {
  @Field(() => ID, { description: 'Which funding source.' })
  @Matches(SLUG_PATTERN, { message: `id ${SLUG_MESSAGE}` })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New name (the old one becomes an alias).' })
  @IsOptional()
  @Length(1, MAX_NAME)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New short form; null clears it.' })
  @IsOptional()
  @Length(1, 50)
  acronym?: string | null;

  @Field(() => [String], { nullable: true, description: 'Names to add to the aliases.' })
  @IsOptional()
  @ArrayMaxSize(MAX_ALIASES)
  @Length(1, MAX_NAME, { each: true })
  addAliases?: string[] | null;

  @Field(() => FundingSourceKind, { nullable: true, description: 'New kind.' })
  @IsOptional()
  kind?: FundingSourceKind | null;

  @Field(() => CitationInput, { nullable: true, description: 'Where the change comes from.' })
  @IsOptional()
  @ValidateNested()
  citation?: CitationInput | null;
}
