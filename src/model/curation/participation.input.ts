import { IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ParticipationRole } from '../participation-role.enum.js';
import { CitationInput } from './citation.input.js';
import { IsName, IsSlug } from './validation-rules.js';

@InputType({ description: 'Which partnership edge: organisation, project and role.' })
export class ParticipationKeyInput {
  @Field(() => ID, { description: 'The organisation.' })
  @IsSlug()
  organisationId!: string;

  @Field(() => ID, { description: 'The project.' })
  @IsSlug()
  projectId!: string;

  @Field(() => ParticipationRole, { description: 'The role.' })
  role!: ParticipationRole;
}

@InputType({ description: 'A partnership edge to add or change.' })
export class ParticipationInput extends ParticipationKeyInput {
  @Field(() => String, { nullable: true, description: 'Task or work area; null clears it.' })
  @IsOptional()
  @IsName(200)
  task?: string | null;

  @Field(() => String, { nullable: true, description: 'A qualification; null clears it.' })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;

  @Field(() => CitationInput, { nullable: true, description: 'Where the fact comes from.' })
  @IsOptional()
  @ValidateNested()
  citation?: CitationInput | null;
}
