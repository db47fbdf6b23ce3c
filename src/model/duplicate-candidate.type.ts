import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Node } from './node.interface.js';

@ObjectType({
  implements: Node,
  description:
    'Two organisations matching found alike but not alike enough to link without a person: ' +
    'accept with mergeOrganisations, or reject with rejectDuplicate.',
})
export class DuplicateCandidate {
  @Field(() => ID, { description: 'Stable id of the pair ("candidate:<id>:<id>", ids in order).' })
  id!: string;

  @Field(() => Float, { description: 'Match score, 0–1 (see the README on matching).' })
  score!: number;

  @Field(() => Float, { description: 'Name similarity alone, 0–1.' })
  nameScore!: number;

  @Field(() => [String], {
    description: 'The rules that fired ("similar-name", "same-acronym", "different-city", …).',
  })
  rules!: string[];

  @Field(() => [String], { description: 'The two spellings that matched best.' })
  names!: string[];

  @Field(() => [ID], { description: 'The two organisation ids.' })
  organisationIds!: string[];

  @Field(() => [ID], { description: 'Projects both take part in.' })
  sharedProjectIds!: string[];

  @Field(() => [ID], { description: 'Organisations both have worked with.' })
  sharedPartnerIds!: string[];

  @Field(() => String, { nullable: true, description: 'When it was first found (ISO time).' })
  foundAt?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Which import (source id) or matching run found it last.',
  })
  foundBy?: string | null;
}
