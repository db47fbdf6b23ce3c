import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'An organisation that gained co-partners over the period before.' })
export class NetworkRiser {
  @Field(() => ID, { description: 'Organisation id.' })
  id!: string;

  @Field(() => String, { description: 'Organisation name.' })
  name!: string;

  @Field(() => Int, { description: 'Co-partners in this period.' })
  degree!: number;

  @Field(() => Int, { description: 'Co-partners gained over the period before.' })
  gain!: number;
}

@ObjectType({ description: 'The network of the projects active in one period.' })
export class EvolutionPeriod {
  @Field(() => Int, { description: 'First year of the period.' })
  fromYear!: number;

  @Field(() => Int, { description: 'Last year of the period.' })
  toYear!: number;

  @Field(() => Int, { description: 'Projects active in the period.' })
  projects!: number;

  @Field(() => Int, { description: 'Organisations in those projects.' })
  organisations!: number;

  @Field(() => Int, { description: 'Ties among them.' })
  ties!: number;

  @Field(() => Int, { description: 'Ties seen in no earlier period.' })
  newTies!: number;

  @Field(() => Float, { description: 'Ties out of all possible pairs (0–1).' })
  density!: number;

  @Field(() => [NetworkRiser], { description: 'Most co-partners gained, first (at most 5).' })
  risers!: NetworkRiser[];
}
