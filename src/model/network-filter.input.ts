import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'Which part of the co-partnership network to return.' })
export class NetworkFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these projects.' })
  projectIds?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Only organisations based in these countries.',
  })
  countryCodes?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Only projects funded by these funding sources.',
  })
  fundingSourceIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only projects under these policy areas.' })
  policyAreaIds?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Only projects active in or after this year.' })
  activeFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Only projects active in or before this year.' })
  activeTo?: number | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: 1,
    description: 'Drop edges with fewer shared projects.',
  })
  minWeight?: number;

  @Field(() => Int, {
    nullable: true,
    defaultValue: 5000,
    description: 'Keep at most this many edges, heaviest first (1–50000).',
  })
  maxEdges?: number;
}
