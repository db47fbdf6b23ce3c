import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: "An organisation's place in a (filtered) co-partnership network." })
export class OrganisationNetworkMetrics {
  @Field(() => ID, { description: 'Organisation id.' })
  id!: string;

  @Field(() => String, { description: 'Organisation name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Organisation acronym.' })
  acronym?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO code of its country.' })
  countryCode?: string | null;

  @Field(() => Int, { description: 'Projects of the network it takes part in.' })
  projectCount!: number;

  @Field(() => Int, { description: 'Co-partners: organisations it shares a project with.' })
  degree!: number;

  @Field(() => Int, { description: 'Shared projects summed over its co-partners.' })
  weightedDegree!: number;

  @Field(() => Float, {
    description: 'PageRank over the ties weighted by shared projects (sums to 1 over the network).',
  })
  pageRank!: number;

  @Field(() => Float, {
    description:
      'Normalised betweenness (hop distance): the share of shortest paths between two other ' +
      'organisations that pass through it. Estimated when `NetworkAnalytics.betweennessSampleSize` is set.',
  })
  betweenness!: number;

  @Field(() => Float, {
    description:
      'How evenly its ties spread over communities (participation coefficient, 0–1): 0 when all ' +
      'its partners are in one community, higher for brokers between communities.',
  })
  brokerScore!: number;

  @Field(() => Int, { description: 'Its community (0 is the largest).' })
  community!: number;
}
