import { Field, Float, ID, ObjectType } from 'type-graphql';
import { EntityType } from './entity-type.enum.js';

@ObjectType({ description: 'One search result, best first.' })
export class SearchHit {
  @Field(() => ID, { description: 'Id of the entity (a country: its ISO code).' })
  id!: string;

  @Field(() => EntityType, {
    description: 'What sort of entity it is; look it up with the matching root field.',
  })
  type!: EntityType;

  @Field(() => String, { description: 'Its name.' })
  name!: string;

  @Field(() => Float, {
    description: 'Relevance (higher is better); comparable within one search only.',
  })
  score!: number;
}
