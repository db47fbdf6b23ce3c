import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';

/** What an aggregate groups by. */
export enum AggregateDimension {
  COUNTRY = 'COUNTRY',
  FUNDING_SOURCE = 'FUNDING_SOURCE',
  POLICY_AREA = 'POLICY_AREA',
  ROLE = 'ROLE',
  START_YEAR = 'START_YEAR',
}

registerEnumType(AggregateDimension, {
  name: 'AggregateDimension',
  description:
    'COUNTRY: where the participating organisations are based; FUNDING_SOURCE: funds the project, ' +
    'directly or through a policy area it is under; POLICY_AREA: the project is under it; ' +
    'ROLE: on the partnership edges; START_YEAR: of the project.',
});

@ObjectType({ description: 'Counts and budget totals for one group.' })
export class AggregateBucket {
  @Field(() => String, {
    description:
      'Key of the group: ISO country code, funder id, policy area id, role as in ParticipationRole ' +
      '(CONTRIBUTING_PARTNER) or year as an integer ("2011"); NONE for the projects in no group ' +
      '(no partner country, funder, policy area, partner or start year).',
  })
  key!: string;

  @Field(() => String, { description: 'Readable name of the group.' })
  label!: string;

  @Field(() => Int, { description: 'Distinct projects in the group.' })
  projectCount!: number;

  @Field(() => Int, {
    description:
      'Distinct organisations taking part in those projects (COUNTRY: based there; ROLE: in that role).',
  })
  organisationCount!: number;

  @Field(() => Int, {
    description: 'Partnership edges of those projects (COUNTRY: from there; ROLE: with that role).',
  })
  participationCount!: number;

  @Field(() => Float, {
    description:
      "The group's share of the projects' total budgets, in euros (unknown = 0): each project's " +
      'budget is split equally among the groups it falls in (a project with partners from three ' +
      'countries gives each a third), so the shares of all groups add up to the total of the ' +
      'filtered projects (`totals.totalBudgetEur` when nothing is filtered).',
  })
  totalBudgetEur!: number;

  @Field(() => Float, {
    description:
      "The group's share of the projects' EU contributions, in euros, split like totalBudgetEur.",
  })
  euContributionEur!: number;

  @Field(() => Float, {
    description:
      'The whole budgets of the distinct projects in the group, in euros; a project in several ' +
      'groups counts in each, so these do not add up across groups.',
  })
  projectsBudgetEur!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'FUNDING_SOURCE only: the amounts stated on the edges from its projects to it, in euros.',
  })
  fundedAmountEur?: number | null;
}

@ObjectType({ description: 'How much of everything the graph holds.' })
export class GraphTotals {
  @Field(() => Int, { description: 'Organisations in the graph.' }) organisationCount!: number;
  @Field(() => Int, { description: 'Projects in the graph.' }) projectCount!: number;
  @Field(() => Int, { description: 'Partnership edges in the graph.' }) participationCount!: number;
  @Field(() => Int, { description: 'Countries in the graph.' }) countryCount!: number;
  @Field(() => Int, { description: 'Funding sources in the graph.' }) fundingSourceCount!: number;
  @Field(() => Int, { description: 'People (contacts) in the graph.' }) personCount!: number;
  @Field(() => Int, { description: 'Documents and import files the facts come from.' })
  sourceCount!: number;
  @Field(() => Float, { description: 'Sum of all known project budgets, in euros.' })
  totalBudgetEur!: number;
  @Field(() => Float, { description: 'Sum of all known EU contributions, in euros.' })
  euContributionEur!: number;
}
