import { Float, ID, Int, ObjectType } from 'type-graphql';
import { StoredField } from './stored-field.decorator.js';
import { ProjectKind } from './project-kind.enum.js';
import { ProjectStatus } from './project-status.enum.js';
import { Node } from './node.interface.js';

@ObjectType({
  implements: Node,
  description:
    'A project, flagship, platform, process, programme or exercise in which organisations cooperate.',
})
export class Project {
  @StoredField(() => ID, { description: 'Stable, human-readable slug, e.g. "from-gaps-to-caps".' })
  id!: string;

  @StoredField(() => String, { nullable: true, description: 'Code in its programme, e.g. "14.3".' })
  code?: string | null;

  @StoredField(() => String, { description: 'Full name.' })
  name!: string;

  @StoredField(() => String, { nullable: true, description: 'Short name, e.g. "BRISK".' })
  acronym?: string | null;

  @StoredField(() => [String], { description: 'Other names found in the sources.' })
  aliases!: string[];

  @StoredField(() => ProjectKind, { description: 'What sort of undertaking this is.' })
  kind!: ProjectKind;

  @StoredField(() => ProjectStatus, { description: 'Planned, ongoing or finalised.' })
  status!: ProjectStatus;

  @StoredField(() => Boolean, {
    description: 'True when it holds a flagship label (e.g. of the EUSBSR).',
  })
  isFlagship!: boolean;

  @StoredField(() => String, {
    nullable: true,
    description: 'When the flagship label was given (ISO date).',
  })
  flagshipSince?: string | null;

  @StoredField(() => String, {
    nullable: true,
    description: 'Start as an ISO 8601 date of the precision stated ("2012", "2012-01").',
  })
  startDate?: string | null;

  @StoredField(() => String, {
    nullable: true,
    description: 'End, ISO 8601 of the precision stated.',
  })
  endDate?: string | null;

  @StoredField(() => Int, { nullable: true, description: 'Duration in months, where stated.' })
  durationMonths?: number | null;

  @StoredField(() => Float, {
    nullable: true,
    description:
      'Total (eligible) budget in euros; null when not reported. CORDIS writes a totalCost of 0 ' +
      'for "not reported" (lump sums, many EIC and MSCA actions): it is imported as null, never as 0.',
  })
  totalBudgetEur?: number | null;

  @StoredField(() => Float, { nullable: true, description: 'EU contribution in euros.' })
  euContributionEur?: number | null;

  @StoredField(() => Int, {
    nullable: true,
    description: 'Number of partners, where stated as a figure.',
  })
  partnerCount?: number | null;

  @StoredField(() => Int, {
    nullable: true,
    description: 'Number of partner countries, where stated.',
  })
  countryCount?: number | null;

  @StoredField(() => String, {
    nullable: true,
    description: 'The legal basis of the grant in its programme, e.g. "HORIZON.2.3" (CORDIS).',
  })
  legalBasis?: string | null;

  @StoredField(() => String, {
    nullable: true,
    description: 'The type of action funded, e.g. "HORIZON-RIA" or "HORIZON-CSA" (CORDIS).',
  })
  fundingScheme?: string | null;

  @StoredField(() => String, {
    nullable: true,
    description: 'The call for proposals it answered, e.g. "HORIZON-CL3-2021-DRS-01" (CORDIS).',
  })
  masterCall?: string | null;

  @StoredField(() => String, {
    nullable: true,
    description: 'When the EU signed the grant agreement (ISO date, CORDIS).',
  })
  ecSignatureDate?: string | null;

  @StoredField(() => String, {
    nullable: true,
    description: 'The DOI of the grant, e.g. "10.3030/101116741" (CORDIS).',
  })
  grantDoi?: string | null;

  @StoredField(() => String, {
    nullable: true,
    description: 'Where it took place (city or town), for an exercise or event-like project.',
  })
  place?: string | null;

  @StoredField(() => String, { description: 'What the project does, in our own words.' })
  summary!: string;
}
