import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { NetworkAnalysis } from '../../analytics/network-analysis.js';
import { NetworkShape } from './network-shape.type.js';

@ObjectType({
  description:
    'Structure of a co-partnership network: its shape, communities, central organisations and brokers.',
})
export class NetworkAnalytics {
  @Field(() => Int, { description: 'Seed of the community detection and of any sample.' })
  seed!: number;

  @Field(() => Int, { description: 'Projects with an organisation in the network.' })
  projectCount!: number;

  @Field(() => Boolean, {
    description:
      'False when the figures predate the latest writes: the whole network is re-analysed in the ' +
      'background after imports and edits, and a long re-analysis does not hold requests up.',
  })
  current!: boolean;

  @Field(() => NetworkShape, { description: 'Components, density and path lengths.' })
  shape!: NetworkShape;

  @Field(() => Float, { description: 'Modularity of the communities (Louvain).' })
  modularity!: number;

  @Field(() => Int, { description: 'Number of communities.' })
  communityCount!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Organisations betweenness was measured from when estimated (networks of more than 2,000 ' +
      'organisations); null when exact.',
  })
  betweennessSampleSize?: number | null;

  /** The computed analysis behind the list fields (not exposed). */
  analysis!: NetworkAnalysis;
}
