import { ArrayMaxSize, IsOptional, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import type { FundingSource } from '../funding-source.type.js';
import type { InputOf } from '../stored-field.decorator.js';
import { FundingSourceKind } from '../funding-source-kind.enum.js';
import { CitationInput } from './citation.input.js';
import { IsName, IsSlug, MAX_ALIASES, MAX_NAME } from './validation-rules.js';

@InputType({ description: 'A new funding source.' })
export class CreateFundingSourceInput implements InputOf<FundingSource> {
  @Field(() => ID, { description: 'New stable slug.' })
  @IsSlug()
  id!: string;

  @Field(() => String, { description: 'The name it is best known by.' })
  @IsName()
  name!: string;

  @Field(() => String, { nullable: true, description: 'Short form.' })
  @IsOptional()
  @IsName(50)
  acronym?: string | null;

  @Field(() => [String], { nullable: true, description: 'Other names.' })
  @IsOptional()
  @ArrayMaxSize(MAX_ALIASES)
  @IsName(MAX_NAME, { each: true })
  aliases?: string[] | null;

  @Field(() => FundingSourceKind, { description: 'What sort of money it is.' })
  kind!: FundingSourceKind;

  @Field(() => CitationInput, { nullable: true, description: 'Where the facts come from.' })
  @IsOptional()
  @ValidateNested()
  citation?: CitationInput | null;
}

@InputType({ description: 'Changes to a funding source: only the fields given change.' })
export class UpdateFundingSourceInput implements InputOf<FundingSource> {
  @Field(() => ID, { description: 'Which funding source.' })
  @IsSlug()
  id!: string;

  @Field(() => String, { nullable: true, description: 'New name (the old one becomes an alias).' })
  @IsOptional()
  @IsName()
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New short form; null clears it.' })
  @IsOptional()
  @IsName(50)
  acronym?: string | null;

  @Field(() => [String], { nullable: true, description: 'Names to add to the aliases.' })
  @IsOptional()
  @ArrayMaxSize(MAX_ALIASES)
  @IsName(MAX_NAME, { each: true })
  addAliases?: string[] | null;

  @Field(() => FundingSourceKind, { nullable: true, description: 'New kind.' })
  @IsOptional()
  kind?: FundingSourceKind | null;

  @Field(() => CitationInput, { nullable: true, description: 'Where the change comes from.' })
  @IsOptional()
  @ValidateNested()
  citation?: CitationInput | null;
}
