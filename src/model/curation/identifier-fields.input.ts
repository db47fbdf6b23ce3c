import { IsIn, IsOptional, Length, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { MAX_IDENTIFIER_VALUE } from '../../domain/identifier.js';
import { IdentifierScheme } from '../identifier-scheme.enum.js';
import { CitationInput } from './citation.input.js';
import { IsSlug } from './validation-rules.js';

/** What every identifier input says about the identifier itself; each owner's input adds its id. */

@InputType({ description: 'The fields every identifier input shares.' })
export abstract class IdentifierFieldsInput {
  @Field(() => IdentifierScheme, { description: 'Which registry.' })
  @IsIn(Object.values(IdentifierScheme))
  scheme!: IdentifierScheme;

  @Field(() => String, { description: `The id (at most ${MAX_IDENTIFIER_VALUE} characters).` })
  @Length(1, MAX_IDENTIFIER_VALUE)
  value!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'For PROGRAMME identifiers (required) and OTHER ones: the programme or registry slug.',
  })
  @IsOptional()
  @IsSlug()
  programme?: string | null;

  @Field(() => CitationInput, { nullable: true, description: 'The document that shows it.' })
  @IsOptional()
  @ValidateNested()
  citation?: CitationInput | null;
}
