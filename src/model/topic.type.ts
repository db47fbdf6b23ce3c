import { Field, ID, ObjectType } from 'type-graphql';
import { TopicKind } from './topic-kind.enum.js';
import { Node } from './node.interface.js';

@ObjectType({
  implements: Node,
  description: 'What projects address: CBRN areas and categories, hazards, themes.',
})
export class Topic {
  @Field(() => ID, { description: 'Stable slug, e.g. "floods".' })
  id!: string;

  @Field(() => String, { description: 'Name of the topic.' })
  name!: string;

  @Field(() => TopicKind, { description: 'What the topic classifies.' })
  kind!: TopicKind;
}
