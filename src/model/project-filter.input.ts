import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ParticipationRole } from './participation-role.enum.js';
import { ProjectKind } from './project-kind.enum.js';
import { ProjectStatus } from './project-status.enum.js';
import {
  IsCountryCodeList,
  IsIntInRange,
  IsNotBefore,
  MAX_FILTER_TEXT,
  MAX_FILTER_VALUES,
} from './curation/validation-rules.js';
import { MAX_ID_LENGTH } from '../domain/slug.js';
import { MAX_YEAR, MIN_YEAR } from '../domain/partial-date.js';

@InputType({ description: 'Narrows a list of projects; all given conditions must hold.' })
export class ProjectFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Part of a name, acronym or alias (case and accents ignored), or the exact code.',
  })
  @IsOptional()
  @MaxLength(MAX_FILTER_TEXT)
  nameContains?: string | null;

  @Field(() => [ProjectKind], { nullable: true, description: 'Any of these kinds.' })
  kinds?: ProjectKind[] | null;

  @Field(() => [ProjectStatus], { nullable: true, description: 'Any of these statuses.' })
  statuses?: ProjectStatus[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only flagships (true) or only non-flagships (false).',
  })
  isFlagship?: boolean | null;

  @Field(() => [String], {
    nullable: true,
    description: 'A partner based in, or implemented in, any of these countries (ISO codes).',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_FILTER_VALUES)
  @IsCountryCodeList()
  countryCodes?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Any of these organisations takes part.' })
  @IsOptional()
  @ArrayMaxSize(MAX_FILTER_VALUES)
  @MaxLength(MAX_ID_LENGTH, { each: true })
  organisationIds?: string[] | null;

  @Field(() => [ParticipationRole], {
    nullable: true,
    description: 'Someone (one of organisationIds, when set) holds any of these roles.',
  })
  roles?: ParticipationRole[] | null;

  @Field(() => [ID], { nullable: true, description: 'Funded by any of these funding sources.' })
  @IsOptional()
  @ArrayMaxSize(MAX_FILTER_VALUES)
  @MaxLength(MAX_ID_LENGTH, { each: true })
  fundingSourceIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Under any of these policy areas.' })
  @IsOptional()
  @ArrayMaxSize(MAX_FILTER_VALUES)
  @MaxLength(MAX_ID_LENGTH, { each: true })
  policyAreaIds?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Under any of these programmes, directly or through one of their policy areas.',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_FILTER_VALUES)
  @MaxLength(MAX_ID_LENGTH, { each: true })
  programmeIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Addresses any of these topics.' })
  @IsOptional()
  @ArrayMaxSize(MAX_FILTER_VALUES)
  @MaxLength(MAX_ID_LENGTH, { each: true })
  topicIds?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Active in or after this year (1000–2999).' })
  @IsOptional()
  @IsIntInRange(MIN_YEAR, MAX_YEAR)
  activeFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Active in or before this year (1000–2999).' })
  @IsOptional()
  @IsIntInRange(MIN_YEAR, MAX_YEAR)
  @IsNotBefore('activeFrom')
  activeTo?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      'With activeFrom or activeTo: also keep projects without a start year (left out otherwise). ' +
      'A project without an end year counts as active in its start year.',
  })
  includeUndated?: boolean;
}
