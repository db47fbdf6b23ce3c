import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from './node.interface.js';

@ObjectType({
  implements: Node,
  description: 'A report, paper, factsheet or publication a project produced.',
})
export class Document {
  @Field(() => ID, { description: 'Stable slug.' })
  id!: string;

  @Field(() => String, { description: 'Title of the document.' })
  title!: string;

  @Field(() => String, { description: 'report, paper, factsheet, publication or website.' })
  kind!: string;

  @Field(() => String, { nullable: true, description: 'Publication date (ISO), where stated.' })
  publishedOn?: string | null;
}
