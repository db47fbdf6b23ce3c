import { Field, ID, InputType } from 'type-graphql';
import { IdentifierFieldsInput } from './identifier-fields.input.js';
import { IsSlug } from './validation-rules.js';

@InputType({ description: 'An identifier given to, or taken from, a funding source.' })
export class FundingSourceIdentifierInput extends IdentifierFieldsInput {
  @Field(() => ID, { description: 'The funding source.' })
  @IsSlug()
  fundingSourceId!: string;
}
