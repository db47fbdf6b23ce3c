import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'What a bounded view of a network too large to draw whole leaves out: the view keeps each ' +
    "organisation's strongest ties (its backbone), heaviest first, up to `maxEdges`.",
})
export class NetworkOmission {
  @Field(() => Int, { description: 'Organisations of the network with no tie drawn.' })
  organisations!: number;

  @Field(() => Int, { description: 'Ties of the network not drawn.' })
  ties!: number;

  @Field(() => Int, { description: 'Organisations in the whole network.' })
  totalOrganisations!: number;

  @Field(() => Int, { description: 'Ties in the whole network.' })
  totalTies!: number;

  @Field(() => String, { description: 'How the drawn ties were chosen, in words.' })
  reason!: string;
}
