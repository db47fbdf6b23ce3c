import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'An edge of an aggregated network view: every organisation tie between two groups, summed.',
})
export class NetworkGroupTie {
  @Field(() => ID, { description: 'One group (the id that sorts first).' })
  source!: string;

  @Field(() => ID, { description: 'The other group.' })
  target!: string;

  @Field(() => Int, { description: 'Organisation ties between the two groups.' })
  ties!: number;

  @Field(() => Int, { description: 'Shared projects summed over those ties (edge weight).' })
  weight!: number;
}
