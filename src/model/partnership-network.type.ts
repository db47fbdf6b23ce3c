import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { SliceFilter } from '../analytics/slice-filter.js';
import { NetworkOmission } from './network-omission.type.js';
import { OrganisationKind } from './organisation-kind.enum.js';

@ObjectType({ description: 'An organisation in a partnership network.' })
export class NetworkNode {
  @Field(() => ID, { description: 'Organisation id.' })
  id!: string;

  @Field(() => String, { description: 'Organisation name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Organisation acronym.' })
  acronym?: string | null;

  @Field(() => OrganisationKind, { description: 'What sort of body it is.' })
  kind!: OrganisationKind;

  @Field(() => String, { nullable: true, description: 'ISO code of its country.' })
  countryCode?: string | null;

  @Field(() => Int, {
    description: 'How many of the matching projects it takes part in (node size).',
  })
  projectCount!: number;
}

@ObjectType({
  description: 'Two organisations that share projects; weight = number of shared projects.',
})
export class NetworkEdge {
  @Field(() => ID, { description: 'Id of one organisation (the smaller id).' })
  source!: string;

  @Field(() => ID, { description: 'Id of the other organisation.' })
  target!: string;

  @Field(() => Int, { description: 'How many matching projects they share.' })
  weight!: number;

  @Field(() => [ID], { description: 'Ids of the shared projects, in id order.' })
  projectIds!: string[];
}

@ObjectType({
  description: 'Nodes and weighted edges for drawing or exporting a co-partnership network.',
})
export class PartnershipNetwork {
  @Field(() => [NetworkNode], { description: 'Organisations, most projects first.' })
  nodes!: NetworkNode[];

  @Field(() => [NetworkEdge], { description: 'Co-partnerships, heaviest first.' })
  edges!: NetworkEdge[];

  @Field(() => Int, { description: 'How many projects matched the filter.' })
  projectCount!: number;

  @Field(() => Boolean, { description: 'True when edges were cut at `maxEdges`.' })
  truncated!: boolean;

  @Field(() => NetworkOmission, {
    nullable: true,
    description:
      'Set when the whole network (no filter) has more ties than `maxEdges`: what the bounded view ' +
      'drawn instead leaves out. Filter to drill into any part.',
  })
  omitted?: NetworkOmission | null;

  /** The slice drawn, for the analytics of its nodes (not exposed). */
  slice?: SliceFilter;
}
