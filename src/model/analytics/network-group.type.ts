import { Field, ID, Int, ObjectType } from 'type-graphql';
import { OrganisationNetworkMetrics } from './organisation-network-metrics.type.js';

@ObjectType({
  description:
    'A node of an aggregated network view: the organisations of one country or community.',
})
export class NetworkGroup {
  @Field(() => ID, {
    description:
      'Country code ("none": no country) or community number; pass it as `group.id` of ' +
      '`partnershipNetwork` to drill down.',
  })
  id!: string;

  @Field(() => Int, { description: 'Organisations in the group (node size).' })
  size!: number;

  @Field(() => Int, { description: 'Ties between two of its organisations.' })
  internalTies!: number;

  @Field(() => Int, { description: 'Shared projects summed over those ties.' })
  internalWeight!: number;

  @Field(() => [OrganisationNetworkMetrics], {
    description: 'Members with the highest PageRank, first (at most 5).',
  })
  topMembers!: OrganisationNetworkMetrics[];
}
