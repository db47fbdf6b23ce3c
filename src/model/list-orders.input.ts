import { Field, InputType, registerEnumType } from 'type-graphql';
import { SortDirection } from './sort-direction.enum.js';

// Sort fields and orders of the root lists. Ties are always broken by id.

export enum OrganisationSortField {
  NAME = 'NAME',
  PROJECT_COUNT = 'PROJECT_COUNT',
}
registerEnumType(OrganisationSortField, {
  name: 'OrganisationSortField',
  description: 'NAME, or PROJECT_COUNT (number of projects taken part in).',
});

export enum ProjectSortField {
  NAME = 'NAME',
  START_DATE = 'START_DATE',
  END_DATE = 'END_DATE',
  TOTAL_BUDGET = 'TOTAL_BUDGET',
  EU_CONTRIBUTION = 'EU_CONTRIBUTION',
  PARTNER_COUNT = 'PARTNER_COUNT',
}
registerEnumType(ProjectSortField, {
  name: 'ProjectSortField',
  description: 'What to sort projects by; projects without the value come last.',
});

export enum CountrySortField {
  NAME = 'NAME',
  CODE = 'CODE',
  ORGANISATION_COUNT = 'ORGANISATION_COUNT',
}
registerEnumType(CountrySortField, {
  name: 'CountrySortField',
  description: 'What to sort countries by.',
});

export enum FundingSourceSortField {
  NAME = 'NAME',
  PROJECT_COUNT = 'PROJECT_COUNT',
}
registerEnumType(FundingSourceSortField, {
  name: 'FundingSourceSortField',
  description: 'What to sort funding sources by.',
});

@InputType({ description: 'How to sort organisations.' })
export class OrganisationOrder {
  @Field(() => OrganisationSortField, { description: 'Sort key.' })
  field!: OrganisationSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Direction.' })
  direction!: SortDirection;
}

@InputType({ description: 'How to sort projects.' })
export class ProjectOrder {
  @Field(() => ProjectSortField, { description: 'Sort key.' })
  field!: ProjectSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Direction.' })
  direction!: SortDirection;
}

@InputType({ description: 'How to sort countries.' })
export class CountryOrder {
  @Field(() => CountrySortField, { description: 'Sort key.' })
  field!: CountrySortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Direction.' })
  direction!: SortDirection;
}

@InputType({ description: 'How to sort funding sources.' })
export class FundingSourceOrder {
  @Field(() => FundingSourceSortField, { description: 'Sort key.' })
  field!: FundingSourceSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Direction.' })
  direction!: SortDirection;
}
