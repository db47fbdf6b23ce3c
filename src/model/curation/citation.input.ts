import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsSlug } from './validation-rules.js';

@InputType({
  description:
    'The document an edit comes from. Without it, the edit is attributed to the editor and the time.',
})
export class CitationInput {
  @Field(() => ID, { description: 'Id of an existing Source (see `sources` on any entity).' })
  @IsSlug()
  sourceId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Where in the source, e.g. "84" or "88-98".',
  })
  @IsOptional()
  @MaxLength(200)
  lines?: string | null;
}
