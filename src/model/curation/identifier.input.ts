import { Field, ID, InputType } from 'type-graphql';
import { IdentifierFieldsInput } from './identifier-fields.input.js';
import { IsSlug } from './validation-rules.js';

@InputType({ description: 'An identifier given to, or taken from, an organisation.' })
export class OrganisationIdentifierInput extends IdentifierFieldsInput {
  @Field(() => ID, { description: 'The organisation.' })
  @IsSlug()
  organisationId!: string;
}
