import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ProjectKind } from './project-kind.enum.js';
import { ProjectStatus } from './project-status.enum.js';

@ObjectType({
  description:
    'A project, flagship, platform, process, programme or exercise in which organisations cooperate.',
})
export class Project {
  @Field(() => ID, { description: 'Stable, human-readable slug, e.g. "from-gaps-to-caps".' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Code in its programme, e.g. "14.3".' })
  code?: string | null;

  @Field(() => String, { description: 'Full name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Short name, e.g. "BRISK".' })
  acronym?: string | null;

  @Field(() => [String], { description: 'Other names found in the sources.' })
  aliases!: string[];

  @Field(() => ProjectKind, { description: 'What sort of undertaking this is.' })
  kind!: ProjectKind;

  @Field(() => ProjectStatus, { description: 'Planned, ongoing or finalised.' })
  status!: ProjectStatus;

  @Field(() => Boolean, {
    description: 'True when it holds a flagship label (e.g. of the EUSBSR).',
  })
  isFlagship!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'When the flagship label was given (ISO date).',
  })
  flagshipSince?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Start as an ISO 8601 date of the precision stated ("2012", "2012-01").',
  })
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: 'End, ISO 8601 of the precision stated.' })
  endDate?: string | null;

  @Field(() => Int, { nullable: true, description: 'Duration in months, where stated.' })
  durationMonths?: number | null;

  @Field(() => Float, { nullable: true, description: 'Total (eligible) budget in euros.' })
  totalBudgetEur?: number | null;

  @Field(() => Float, { nullable: true, description: 'EU contribution in euros.' })
  euContributionEur?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Number of partners, where stated as a figure.',
  })
  partnerCount?: number | null;

  @Field(() => Int, { nullable: true, description: 'Number of partner countries, where stated.' })
  countryCount?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Where it took place (city or town), for an exercise or event-like project.',
  })
  place?: string | null;

  @Field(() => String, { description: 'What the project does, in our own words.' })
  summary!: string;
}
