import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description: 'Ties between two communities: the network seen community by community.',
})
export class CommunityTie {
  @Field(() => Int, { description: 'The smaller community number.' })
  source!: number;

  @Field(() => Int, { description: 'The other community.' })
  target!: number;

  @Field(() => Int, { description: 'Organisation ties between them.' })
  ties!: number;

  @Field(() => Int, { description: 'Shared projects summed over those ties.' })
  weight!: number;
}
