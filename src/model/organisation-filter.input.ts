import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { OrganisationKind } from './organisation-kind.enum.js';
import { ParticipationRole } from './participation-role.enum.js';
import {
  IsCountryCodeList,
  MAX_FILTER_TEXT,
  MAX_FILTER_VALUES,
} from './curation/validation-rules.js';
import { MAX_ID_LENGTH } from '../domain/slug.js';

@InputType({ description: 'Narrows a list of organisations; all given conditions must hold.' })
export class OrganisationFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Part of a name, acronym or alias (case and accents ignored).',
  })
  @IsOptional()
  @MaxLength(MAX_FILTER_TEXT)
  nameContains?: string | null;

  @Field(() => [OrganisationKind], { nullable: true, description: 'Any of these kinds.' })
  kinds?: OrganisationKind[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Based in any of these countries (ISO codes).',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_FILTER_VALUES)
  @IsCountryCodeList()
  countryCodes?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Takes part in any of these projects.' })
  @IsOptional()
  @ArrayMaxSize(MAX_FILTER_VALUES)
  @MaxLength(MAX_ID_LENGTH, { each: true })
  projectIds?: string[] | null;

  @Field(() => [ParticipationRole], {
    nullable: true,
    description: 'Holds any of these roles (in the given projects, when projectIds is set).',
  })
  roles?: ParticipationRole[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Takes part in a project funded by any of these.',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_FILTER_VALUES)
  @MaxLength(MAX_ID_LENGTH, { each: true })
  fundingSourceIds?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Takes part in a project under any of these policy areas.',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_FILTER_VALUES)
  @MaxLength(MAX_ID_LENGTH, { each: true })
  policyAreaIds?: string[] | null;
}
