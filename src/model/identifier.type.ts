import { Field, ObjectType } from 'type-graphql';
import { IdentifierScheme } from './identifier-scheme.enum.js';

@ObjectType({
  description:
    'An external identifier (PIC, ROR, Wikidata, VAT, a programme id): one body per identifier.',
})
export class Identifier {
  @Field(() => IdentifierScheme, { description: 'Which registry.' })
  scheme!: IdentifierScheme;

  @Field(() => String, {
    description: 'The id in canonical form ("999999999", "Q42", "DE123456789").',
  })
  value!: string;

  @Field(() => String, {
    nullable: true,
    description: 'For PROGRAMME (and optionally OTHER) identifiers: the programme or registry id.',
  })
  programme?: string | null;
}
