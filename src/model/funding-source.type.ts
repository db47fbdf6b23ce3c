import { Field, ID, ObjectType } from 'type-graphql';
import { FundingSourceKind } from './funding-source-kind.enum.js';

@ObjectType({
  description:
    'Money behind projects: an EU programme or instrument, a directorate-general, national funding.',
})
export class FundingSource {
  @Field(() => ID, { description: 'Stable slug, e.g. "dg-echo".' })
  id!: string;

  @Field(() => String, { description: 'The name it is best known by.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Short form.' })
  acronym?: string | null;

  @Field(() => [String], { description: 'Other names the sources use for it.' })
  aliases!: string[];

  @Field(() => FundingSourceKind, { description: 'What sort of money it is.' })
  kind!: FundingSourceKind;
}
