import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';

/** What an aggregate groups by. */
export enum AggregateDimension {
  COUNTRY = 'country',
  FUNDING_SOURCE = 'funding-source',
  POLICY_AREA = 'policy-area',
  ROLE = 'role',
  START_YEAR = 'start-year',
}

registerEnumType(AggregateDimension, {
  name: 'AggregateDimension',
  description:
    'COUNTRY: of the participating organisations; FUNDING_SOURCE: funder of the project; ' +
    'POLICY_AREA: the project is under it; ROLE: of the partnership edge; START_YEAR: of the project.',
});

@ObjectType({ description: 'Counts and budget totals for one group.' })
export class AggregateBucket {
  @Field(() => String, {
    description: 'Key of the group: country code, funder id, policy area id, role or year.',
  })
  key!: string;

  @Field(() => String, { description: 'Readable name of the group.' })
  label!: string;

  @Field(() => Int, { description: 'Distinct projects in the group.' })
  projectCount!: number;

  @Field(() => Int, {
    description: 'Distinct organisations taking part in those projects (for COUNTRY: based there).',
  })
  organisationCount!: number;

  @Field(() => Int, { description: 'Partnership edges in the group.' })
  participationCount!: number;

  @Field(() => Float, {
    description: 'Sum of the total budgets of the distinct projects, in euros (unknown = 0).',
  })
  totalBudgetEur!: number;

  @Field(() => Float, {
    description: 'Sum of the EU contributions of the distinct projects, in euros (unknown = 0).',
  })
  euContributionEur!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'FUNDING_SOURCE only: the amounts stated on the funding edges, in euros.',
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
