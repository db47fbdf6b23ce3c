import { IsOptional, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { IsSlug } from './curation/validation-rules.js';

@InputType({ description: 'Which review candidates to list.' })
export class DuplicateCandidateFilter {
  @Field(() => ID, { nullable: true, description: 'Only pairs with this organisation.' })
  @IsOptional()
  @IsSlug()
  organisationId?: string | null;

  @Field(() => Float, { nullable: true, description: 'Only pairs scoring at least this (0–1).' })
  @IsOptional()
  @Min(0)
  @Max(1)
  minScore?: number | null;
}
