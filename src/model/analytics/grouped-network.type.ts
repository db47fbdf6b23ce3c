import { Field, Int, ObjectType } from 'type-graphql';
import type { GroupedNetworkSummary } from '../../analytics/group-network.js';
import type { NetworkAnalysis } from '../../analytics/network-analysis.js';
import { NetworkGrouping } from './network-grouping.enum.js';

@ObjectType({
  description:
    'The co-partnership network seen group by group: countries or communities as nodes, the ties ' +
    'between their organisations summed as edges. Drill into a group with `partnershipNetwork(group:)`.',
})
export class GroupedNetwork {
  @Field(() => NetworkGrouping, { description: 'What the groups are.' })
  groupBy!: NetworkGrouping;

  @Field(() => Int, { description: 'Seed of the community detection.' })
  seed!: number;

  @Field(() => Boolean, {
    description: 'False when the figures predate the latest writes (as in `networkAnalytics`).',
  })
  current!: boolean;

  @Field(() => Int, { description: 'Projects with an organisation in the network.' })
  projectCount!: number;

  @Field(() => Int, { description: 'Organisations in the network (the sizes of all groups).' })
  organisations!: number;

  @Field(() => Int, { description: 'Number of groups.' })
  groupCount!: number;

  @Field(() => Int, { description: 'Number of pairs of groups with at least one tie.' })
  tieCount!: number;

  /** The computed view behind the list fields (not exposed). */
  summary!: GroupedNetworkSummary;

  /** The analysis it comes from, for the groups' members (not exposed). */
  analysis!: NetworkAnalysis;
}
