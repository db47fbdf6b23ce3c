import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from './node.interface.js';

@ObjectType({
  implements: Node,
  description: 'A task or work area of a project, e.g. "Task C" of From Gaps to Caps.',
})
export class Task {
  @Field(() => ID, { description: 'Stable slug.' })
  id!: string;

  @Field(() => String, { description: 'Code within the project, e.g. "C" or "2".' })
  code!: string;

  @Field(() => String, {
    nullable: true,
    description: 'What the task is about; null where the source gives the task without a title.',
  })
  title?: string | null;
}
