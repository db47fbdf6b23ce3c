import { IsOptional, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { MAX_FILTER_TEXT } from './curation/validation-rules.js';

@InputType({
  description: 'Narrows a list of topics, regions, programmes, events or documents.',
})
export class NamedEntityFilter {
  @Field(() => String, {
    nullable: true,
    description:
      'Part of the name (a document: its title), acronym or alias; case and accents ignored.',
  })
  @IsOptional()
  @MaxLength(MAX_FILTER_TEXT)
  nameContains?: string | null;
}
