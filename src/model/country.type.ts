import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A country, keyed by its ISO 3166-1 alpha-2 code.' })
export class Country {
  @Field(() => String, { description: 'ISO 3166-1 alpha-2 code, e.g. "DE".' })
  code!: string;

  @Field(() => String, { description: 'English short name.' })
  name!: string;
}
