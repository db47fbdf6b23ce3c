import { Field, ID, InputType } from 'type-graphql';
import { FundingSourceKind } from './funding-source-kind.enum.js';

// The smaller filters of the root lists, kept together because each is a few fields.

@InputType({ description: 'Narrows a list of countries.' })
export class CountryFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name, or the exact ISO code.' })
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
  nameContains?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Works for any of these organisations.' })
  organisationIds?: string[] | null;
}

@InputType({ description: 'Narrows a list of policy areas.' })
export class PolicyAreaFilter {
  @Field(() => String, { nullable: true, description: 'Part of a name or alias.' })
  nameContains?: string | null;

  @Field(() => [String], { nullable: true, description: '"active" and/or "former".' })
  statuses?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Part of any of these programmes.' })
  programmeIds?: string[] | null;
}
