import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'The overall shape of a co-partnership network.' })
export class NetworkShape {
  @Field(() => Int, { description: 'Organisations.' })
  organisations!: number;

  @Field(() => Int, { description: 'Ties (pairs sharing at least one project).' })
  ties!: number;

  @Field(() => Int, { description: 'Connected components.' })
  components!: number;

  @Field(() => Int, { description: 'Organisations in the largest component.' })
  largestComponentSize!: number;

  @Field(() => Float, { description: 'Share of organisations in the largest component (0–1).' })
  largestComponentShare!: number;

  @Field(() => Float, { description: 'Ties out of all possible pairs (0–1).' })
  density!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean hops between two connected organisations (null without ties).',
  })
  averagePathLength?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Organisations the average was measured from when sampled; null when exact.',
  })
  pathLengthSampleSize?: number | null;
}
