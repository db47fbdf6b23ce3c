import { ArrayMaxSize, IsOptional, Length, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import type { Project } from '../project.type.js';
import type { InputOf } from '../stored-field.decorator.js';
import { ProjectKind } from '../project-kind.enum.js';
import { ProjectStatus } from '../project-status.enum.js';
import { CitationInput } from './citation.input.js';
import {
  IsEuroAmount,
  IsIntInRange,
  IsName,
  IsPartialDate,
  IsSlug,
  MAX_ALIASES,
  MAX_DURATION_MONTHS,
  MAX_NAME,
  MAX_TEXT,
} from './validation-rules.js';

@InputType({ description: 'A new project, flagship, platform, process, programme or exercise.' })
export class CreateProjectInput implements InputOf<Project> {
  @Field(() => ID, { description: 'New stable slug.' })
  @IsSlug()
  id!: string;

  @Field(() => String, { description: 'Full name.' })
  @IsName()
  name!: string;

  @Field(() => String, { nullable: true, description: 'Code in its programme, e.g. "14.3".' })
  @IsOptional()
  @IsName(50)
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'Short name.' })
  @IsOptional()
  @IsName(100)
  acronym?: string | null;

  @Field(() => [String], { nullable: true, description: 'Other names.' })
  @IsOptional()
  @ArrayMaxSize(MAX_ALIASES)
  @IsName(MAX_NAME, { each: true })
  aliases?: string[] | null;

  @Field(() => ProjectKind, { description: 'What sort of undertaking.' })
  kind!: ProjectKind;

  @Field(() => ProjectStatus, { description: 'Planned, ongoing or finalised.' })
  status!: ProjectStatus;

  @Field(() => Boolean, { nullable: true, description: 'Holds a flagship label.' })
  @IsOptional()
  isFlagship?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Start (ISO date of any precision).' })
  @IsOptional()
  @IsPartialDate()
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: 'End (ISO date of any precision).' })
  @IsOptional()
  @IsPartialDate()
  endDate?: string | null;

  @Field(() => Int, { nullable: true, description: 'Duration in months (1–1200).' })
  @IsOptional()
  @IsIntInRange(1, MAX_DURATION_MONTHS)
  durationMonths?: number | null;

  @Field(() => Float, { nullable: true, description: 'Total budget in euros (0 to 1e12).' })
  @IsOptional()
  @IsEuroAmount()
  totalBudgetEur?: number | null;

  @Field(() => Float, { nullable: true, description: 'EU contribution in euros (0 to 1e12).' })
  @IsOptional()
  @IsEuroAmount()
  euContributionEur?: number | null;

  @Field(() => String, { description: 'What the project does.' })
  @Length(1, MAX_TEXT)
  summary!: string;

  @Field(() => CitationInput, { nullable: true, description: 'Where the facts come from.' })
  @IsOptional()
  @ValidateNested()
  citation?: CitationInput | null;
}

@InputType({
  description: 'Changes to a project: only the fields given change; null clears an optional field.',
})
export class UpdateProjectInput implements InputOf<Project> {
  @Field(() => ID, { description: 'Which project.' })
  @IsSlug()
  id!: string;

  @Field(() => String, { nullable: true, description: 'New name (the old one becomes an alias).' })
  @IsOptional()
  @IsName()
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New code; null clears it.' })
  @IsOptional()
  @IsName(50)
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'New short name; null clears it.' })
  @IsOptional()
  @IsName(100)
  acronym?: string | null;

  @Field(() => [String], { nullable: true, description: 'Names to add to the aliases.' })
  @IsOptional()
  @ArrayMaxSize(MAX_ALIASES)
  @IsName(MAX_NAME, { each: true })
  addAliases?: string[] | null;

  @Field(() => ProjectKind, { nullable: true, description: 'New kind.' })
  @IsOptional()
  kind?: ProjectKind | null;

  @Field(() => ProjectStatus, { nullable: true, description: 'New status.' })
  @IsOptional()
  status?: ProjectStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'New flagship label.' })
  @IsOptional()
  isFlagship?: boolean | null;

  @Field(() => String, { nullable: true, description: 'New start; null clears it.' })
  @IsOptional()
  @IsPartialDate()
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: 'New end; null clears it.' })
  @IsOptional()
  @IsPartialDate()
  endDate?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'New duration in months (1–1200); null clears it.',
  })
  @IsOptional()
  @IsIntInRange(1, MAX_DURATION_MONTHS)
  durationMonths?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'New total budget in euros (0 to 1e12); null clears it.',
  })
  @IsOptional()
  @IsEuroAmount()
  totalBudgetEur?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'New EU contribution in euros (0 to 1e12); null clears it.',
  })
  @IsOptional()
  @IsEuroAmount()
  euContributionEur?: number | null;

  @Field(() => String, { nullable: true, description: 'New description.' })
  @IsOptional()
  @Length(1, MAX_TEXT)
  summary?: string | null;

  @Field(() => CitationInput, { nullable: true, description: 'Where the change comes from.' })
  @IsOptional()
  @ValidateNested()
  citation?: CitationInput | null;
}
