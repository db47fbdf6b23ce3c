import { ObjectType } from 'type-graphql';
import { StoredField } from './stored-field.decorator.js';
import { Node } from './node.interface.js';

@ObjectType({
  implements: Node,
  description: 'A country, keyed by its ISO 3166-1 alpha-2 code.',
})
export class Country {
  @StoredField(() => String, { description: 'ISO 3166-1 alpha-2 code, e.g. "DE".' })
  code!: string;

  @StoredField(() => String, { description: 'English short name.' })
  name!: string;
}
