import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from './node.interface.js';

@ObjectType({
  implements: Node,
  description: 'A contact person and the post they hold.',
})
export class Person {
  @Field(() => ID, { description: 'Stable slug, e.g. "janusz-gaciarz".' })
  id!: string;

  @Field(() => String, { description: 'Full name as written in the source.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Job title at their organisation.' })
  title?: string | null;

  organisationId?: string | null;
}
