import { Field, Int, ObjectType } from 'type-graphql';
import { CountedKey } from './counted-key.type.js';
import { OrganisationNetworkMetrics } from './organisation-network-metrics.type.js';

@ObjectType({ description: 'A group of organisations that work together more than with the rest.' })
export class NetworkCommunity {
  @Field(() => Int, { description: 'Community number: 0 is the largest, then by size.' })
  id!: number;

  @Field(() => Int, { description: 'Members.' })
  size!: number;

  @Field(() => Int, { description: 'Ties between two members.' })
  internalTies!: number;

  @Field(() => [OrganisationNetworkMetrics], {
    description: 'Members with the highest PageRank, first (at most 10).',
  })
  topMembers!: OrganisationNetworkMetrics[];

  @Field(() => [CountedKey], { description: 'Members per country, most first (at most 10).' })
  countries!: CountedKey[];

  @Field(() => [CountedKey], {
    description: "Funding sources of the members' projects, most projects first (at most 10).",
  })
  funders!: CountedKey[];
}
