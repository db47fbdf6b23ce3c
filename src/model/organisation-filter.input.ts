import { Field, ID, InputType } from 'type-graphql';
import { OrganisationKind } from './organisation-kind.enum.js';
import { ParticipationRole } from './participation-role.enum.js';

@InputType({ description: 'Narrows a list of organisations; all given conditions must hold.' })
export class OrganisationFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Part of a name, acronym or alias (case and accents ignored).',
  })
  nameContains?: string | null;

  @Field(() => [OrganisationKind], { nullable: true, description: 'Any of these kinds.' })
  kinds?: OrganisationKind[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Based in any of these countries (ISO codes).',
  })
  countryCodes?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Takes part in any of these projects.' })
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
  fundingSourceIds?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Takes part in a project under any of these policy areas.',
  })
  policyAreaIds?: string[] | null;
}
