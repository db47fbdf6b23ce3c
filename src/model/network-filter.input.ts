import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import {
  IsCountryCodeList,
  IsIntInRange,
  IsNotBefore,
  MAX_FILTER_VALUES,
} from './curation/validation-rules.js';
import { MAX_ID_LENGTH } from '../domain/slug.js';
import { MAX_YEAR, MIN_YEAR } from '../domain/partial-date.js';

@InputType({ description: 'Which part of the co-partnership network to return.' })
export class NetworkFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these projects.' })
  @IsOptional()
  @ArrayMaxSize(MAX_FILTER_VALUES)
  @MaxLength(MAX_ID_LENGTH, { each: true })
  projectIds?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Only organisations based in these countries.',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_FILTER_VALUES)
  @IsCountryCodeList()
  countryCodes?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Only projects funded by these funding sources.',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_FILTER_VALUES)
  @MaxLength(MAX_ID_LENGTH, { each: true })
  fundingSourceIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only projects under these policy areas.' })
  @IsOptional()
  @ArrayMaxSize(MAX_FILTER_VALUES)
  @MaxLength(MAX_ID_LENGTH, { each: true })
  policyAreaIds?: string[] | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Only projects active in or after this year (1000–2999).',
  })
  @IsOptional()
  @IsIntInRange(MIN_YEAR, MAX_YEAR)
  activeFrom?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Only projects active in or before this year (1000–2999).',
  })
  @IsOptional()
  @IsIntInRange(MIN_YEAR, MAX_YEAR)
  @IsNotBefore('activeFrom')
  activeTo?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      'With activeFrom or activeTo: also keep projects without a start year (left out otherwise). ' +
      'A project without an end year counts as active in its start year.',
  })
  includeUndated?: boolean;

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
