import { Field, Int, ObjectType } from 'type-graphql';
import { Organisation } from './organisation.type.js';
import { Participation } from './participation.type.js';

@ObjectType({ description: 'An organisation taking part in several of the given projects.' })
export class SharedPartner {
  @Field(() => Organisation, { description: 'The organisation.' })
  organisation!: Organisation;

  @Field(() => Int, { description: 'In how many of the given projects it takes part.' })
  projectCount!: number;

  @Field(() => [Participation], { description: 'Its roles in each of the given projects.' })
  participations!: Participation[];
}
