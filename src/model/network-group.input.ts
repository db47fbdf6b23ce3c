import { MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DEFAULT_SEED } from '../analytics/analytics-limits.js';
import { MAX_ID_LENGTH } from '../domain/slug.js';
import { MAX_SEED } from '../resolvers/analytics-filter.js';
import { NetworkGrouping } from './analytics/network-grouping.enum.js';
import { IsIntInRange } from './curation/validation-rules.js';

@InputType({
  description: 'One group of an aggregated view (`groupedNetwork`): a country or a community.',
})
export class NetworkGroupInput {
  @Field(() => NetworkGrouping, { description: 'What the group is.' })
  groupBy!: NetworkGrouping;

  @Field(() => ID, {
    description: 'Its id in `groupedNetwork`: a country code, "none", or a community number.',
  })
  @MaxLength(MAX_ID_LENGTH)
  id!: string;

  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_SEED,
    description: 'Seed of the communities (0–2147483647), as given to `groupedNetwork`.',
  })
  @IsIntInRange(0, MAX_SEED)
  seed?: number;
}
