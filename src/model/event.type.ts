import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from './node.interface.js';

@ObjectType({
  implements: Node,
  description: 'An exercise, kick-off or meeting, with place and dates.',
})
export class Event {
  @Field(() => ID, { description: 'Stable slug.' })
  id!: string;

  @Field(() => String, { description: 'Name of the event.' })
  name!: string;

  @Field(() => String, { description: 'exercise, kick-off or meeting.' })
  kind!: string;

  @Field(() => String, { nullable: true, description: 'Where it took place.' })
  place?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'First day (ISO date of the precision stated).',
  })
  startDate?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Last day (ISO date of the precision stated).',
  })
  endDate?: string | null;

  @Field(() => String, { nullable: true, description: 'What happened, in our own words.' })
  summary?: string | null;
}
