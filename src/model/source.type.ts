import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from './node.interface.js';

@ObjectType({
  implements: Node,
  description: 'A document or import file that facts in the graph come from (provenance).',
})
export class Source {
  @Field(() => ID, { description: 'Stable slug of the source.' })
  id!: string;

  @Field(() => String, { description: 'Title of the document or dataset.' })
  title!: string;

  @Field(() => String, { description: 'web page, dataset, report or curation.' })
  kind!: string;

  @Field(() => String, { nullable: true, description: 'File name of the source document.' })
  document?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the source can be found online.' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'Who published it, where stated.' })
  publisher?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The full text of the document as the service holds it; citations count its lines from 1. Read it highlighted at /sources/{id}.',
  })
  text?: string | null;

  @Field(() => Int, { nullable: true, description: 'How many lines the text has.' })
  lineCount?: number | null;
}
