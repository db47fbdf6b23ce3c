import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from './node.interface.js';

@ObjectType({
  implements: Node,
  description:
    'A strategy, initiative or framework that frames cooperation (the EUSBSR, the EU CBRN CoE …).',
})
export class Programme {
  @Field(() => ID, { description: 'Stable slug, e.g. "eusbsr".' })
  id!: string;

  @Field(() => String, { description: 'Full name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Short form, e.g. "EUSBSR".' })
  acronym?: string | null;

  @Field(() => [String], { description: 'Other names found in the sources.' })
  aliases!: string[];

  @Field(() => String, {
    description: 'strategy, initiative, framework, mechanism or action plan.',
  })
  kind!: string;

  @Field(() => String, { nullable: true, description: 'What it is, in our own words.' })
  summary?: string | null;

  @Field(() => Int, { nullable: true, description: 'How many policy areas it has, as stated.' })
  policyAreaCount?: number | null;

  @Field(() => Int, { nullable: true, description: 'How many flagships it produced, as stated.' })
  flagshipCount?: number | null;
}
