import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from './node.interface.js';

@ObjectType({
  implements: Node,
  description: 'A region that is not one country: the Baltic Sea Region, North-West Russia, SEEE …',
})
export class Region {
  @Field(() => ID, { description: 'Stable slug, e.g. "north-west-russia".' })
  id!: string;

  @Field(() => String, { description: 'Name of the region.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Short form, e.g. "SEEE".' })
  acronym?: string | null;

  @Field(() => [String], { description: 'Other names found in the sources.' })
  aliases!: string[];

  @Field(() => String, { description: 'macro-region, sub-region or region.' })
  kind!: string;
}
