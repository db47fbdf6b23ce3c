import { ArrayMaxSize, IsIn, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { FundingSourceKind } from './funding-source-kind.enum.js';
import { MAX_FILTER_TEXT, MAX_FILTER_VALUES } from './curation/validation-rules.js';
import { MAX_ID_LENGTH } from '../domain/slug.js';

// The smaller filters of the root lists, kept together because each is a few fields.

@InputType({ description: 'Narrows a list of countries.' })
export class CountryFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name, or the exact ISO code.' })
  @IsOptional()
  @MaxLength(MAX_FILTER_TEXT)
  nameContains?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only countries with (true) or without (false) organisations in the graph.',
  })
  withOrganisations?: boolean | null;
}

@InputType({ description: 'Narrows a list of funding sources.' })
export class FundingSourceFilter {
  @Field(() => String, { nullable: true, description: 'Part of a name, acronym or alias.' })
  @IsOptional()
  @MaxLength(MAX_FILTER_TEXT)
  nameContains?: string | null;

  @Field(() => [FundingSourceKind], { nullable: true, description: 'Any of these kinds.' })
  kinds?: FundingSourceKind[] | null;
}

@InputType({ description: 'Narrows a list of people.' })
export class PersonFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Part of the name (case and accents ignored).',
  })
  @IsOptional()
  @MaxLength(MAX_FILTER_TEXT)
  nameContains?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Works for any of these organisations.' })
  @IsOptional()
  @ArrayMaxSize(MAX_FILTER_VALUES)
  @MaxLength(MAX_ID_LENGTH, { each: true })
  organisationIds?: string[] | null;
}

@InputType({ description: 'Narrows a list of policy areas.' })
export class PolicyAreaFilter {
  @Field(() => String, { nullable: true, description: 'Part of a name or alias.' })
  @IsOptional()
  @MaxLength(MAX_FILTER_TEXT)
  nameContains?: string | null;

  @Field(() => [String], { nullable: true, description: '"active" and/or "former".' })
  @IsOptional()
  @ArrayMaxSize(MAX_FILTER_VALUES)
  @IsIn(['active', 'former'], {
    each: true,
    message: (args) => `statuses takes "active" and "former", but got: ${String(args.value)}`,
  })
  statuses?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Part of any of these programmes.' })
  @IsOptional()
  @ArrayMaxSize(MAX_FILTER_VALUES)
  @MaxLength(MAX_ID_LENGTH, { each: true })
  programmeIds?: string[] | null;
}
