import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A country or funding source with how often it occurs in a community.' })
export class CountedKey {
  @Field(() => String, { description: 'Country code or funding source id.' })
  key!: string;

  @Field(() => String, { nullable: true, description: 'Funding source name (null for countries).' })
  name?: string | null;

  @Field(() => Int, {
    description: 'Members based in the country, or projects with a member that the source funds.',
  })
  count!: number;
}
