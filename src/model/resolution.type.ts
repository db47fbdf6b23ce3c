import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from './node.interface.js';

@ObjectType({
  implements: Node,
  description:
    'An entity-resolution decision: spellings merged into one node, or look-alikes deliberately kept apart, and why.',
})
export class Resolution {
  @Field(() => ID, { description: 'Stable id of the decision.' })
  id!: string;

  @Field(() => String, { description: '"merged" or "kept-apart".' })
  decision!: string;

  @Field(() => [String], { description: 'For a merge: the spellings that were merged.' })
  names!: string[];

  @Field(() => String, { description: 'Why the decision was taken.' })
  reason!: string;

  @Field(() => [String], {
    description:
      'For kept-apart: the ids of the other entities (read by node(id:), with no entity in view: all it is about).',
  })
  otherIds!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'For a merge done through the API: the id that was merged away.',
  })
  mergedId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'For a merge done through the API: who did it.',
  })
  mergedBy?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'For a merge done through the API: when (ISO time).',
  })
  mergedAt?: string | null;
}
