import { Field, Int, ObjectType } from 'type-graphql';
import { Organisation } from './organisation.type.js';

@ObjectType({
  description: 'An organisation another has worked with, weighted by shared projects.',
})
export class CoPartner {
  @Field(() => Organisation, { description: 'The partner.' })
  organisation!: Organisation;

  @Field(() => Int, { description: 'How many projects the two share (the edge weight).' })
  sharedProjectCount!: number;

  projectIds!: string[];
}
