import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from './node.interface.js';

@ObjectType({
  implements: Node,
  description: 'A policy area (or former priority area) of a strategy, e.g. PA Secure.',
})
export class PolicyArea {
  @Field(() => ID, { description: 'Stable slug, e.g. "pa-secure".' })
  id!: string;

  @Field(() => String, { description: 'Full name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Short name, e.g. "PA Secure".' })
  shortName?: string | null;

  @Field(() => [String], { description: 'Other names found in the sources.' })
  aliases!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Number or code in its strategy, e.g. "14".',
  })
  code?: string | null;

  @Field(() => String, { description: '"active" or "former".' })
  status!: string;

  @Field(() => String, { nullable: true, description: 'What it covers, in our own words.' })
  summary?: string | null;
}
