import { ID, ObjectType } from 'type-graphql';
import { StoredField } from './stored-field.decorator.js';
import { FundingSourceKind } from './funding-source-kind.enum.js';
import { Node } from './node.interface.js';

@ObjectType({
  implements: Node,
  description:
    'Money behind projects: an EU programme or instrument, a directorate-general, national funding.',
})
export class FundingSource {
  @StoredField(() => ID, { description: 'Stable slug, e.g. "dg-echo".' })
  id!: string;

  @StoredField(() => String, { description: 'The name it is best known by.' })
  name!: string;

  @StoredField(() => String, { nullable: true, description: 'Short form.' })
  acronym?: string | null;

  @StoredField(() => [String], { description: 'Other names the sources use for it.' })
  aliases!: string[];

  @StoredField(() => FundingSourceKind, { description: 'What sort of money it is.' })
  kind!: FundingSourceKind;
}
