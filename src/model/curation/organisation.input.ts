import {
  ArrayMaxSize,
  IsISO31661Alpha2,
  IsOptional,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import type { Organisation } from '../organisation.type.js';
import type { InputOf } from '../stored-field.decorator.js';
import { OrganisationKind } from '../organisation-kind.enum.js';
import { CitationInput } from './citation.input.js';
import { IsName, IsSlug, MAX_ALIASES, MAX_NAME, MAX_TEXT } from './validation-rules.js';

@InputType({ description: 'A new organisation.' })
export class CreateOrganisationInput implements InputOf<Organisation> {
  @Field(() => ID, { description: 'New stable slug, e.g. "tallinn-rescue-centre".' })
  @IsSlug()
  id!: string;

  @Field(() => String, { description: 'The name it is best known by.' })
  @IsName()
  name!: string;

  @Field(() => String, { nullable: true, description: 'Short form.' })
  @IsOptional()
  @IsName(50)
  acronym?: string | null;

  @Field(() => [String], { nullable: true, description: 'Other spellings.' })
  @IsOptional()
  @ArrayMaxSize(MAX_ALIASES)
  @IsName(MAX_NAME, { each: true })
  aliases?: string[] | null;

  @Field(() => OrganisationKind, { description: 'What sort of body it is.' })
  kind!: OrganisationKind;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code of its country.' })
  @IsOptional()
  @IsISO31661Alpha2({ message: 'countryCode must be an ISO 3166-1 alpha-2 code like "DE"' })
  countryCode?: string | null;

  @Field(() => String, { nullable: true, description: 'City of its seat.' })
  @IsOptional()
  @IsName()
  city?: string | null;

  @Field(() => ID, { nullable: true, description: 'The body it is a unit of.' })
  @IsOptional()
  @IsSlug()
  parentId?: string | null;

  @Field(() => String, { nullable: true, description: 'A short description.' })
  @IsOptional()
  @MaxLength(MAX_TEXT)
  summary?: string | null;

  @Field(() => CitationInput, { nullable: true, description: 'Where the facts come from.' })
  @IsOptional()
  @ValidateNested()
  citation?: CitationInput | null;
}

@InputType({
  description:
    'Changes to an organisation: only the fields given change; null clears an optional field.',
})
export class UpdateOrganisationInput implements InputOf<Organisation> {
  @Field(() => ID, { description: 'Which organisation.' })
  @IsSlug()
  id!: string;

  @Field(() => String, { nullable: true, description: 'New name (the old one becomes an alias).' })
  @IsOptional()
  @IsName()
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New short form; null clears it.' })
  @IsOptional()
  @IsName(50)
  acronym?: string | null;

  @Field(() => [String], { nullable: true, description: 'Spellings to add to the aliases.' })
  @IsOptional()
  @ArrayMaxSize(MAX_ALIASES)
  @IsName(MAX_NAME, { each: true })
  addAliases?: string[] | null;

  @Field(() => OrganisationKind, { nullable: true, description: 'New kind.' })
  @IsOptional()
  kind?: OrganisationKind | null;

  @Field(() => String, { nullable: true, description: 'New country (ISO code); null clears it.' })
  @IsOptional()
  @IsISO31661Alpha2({ message: 'countryCode must be an ISO 3166-1 alpha-2 code like "DE"' })
  countryCode?: string | null;

  @Field(() => String, { nullable: true, description: 'New city; null clears it.' })
  @IsOptional()
  @IsName()
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'New description; null clears it.' })
  @IsOptional()
  @MaxLength(MAX_TEXT)
  summary?: string | null;

  @Field(() => CitationInput, { nullable: true, description: 'Where the change comes from.' })
  @IsOptional()
  @ValidateNested()
  citation?: CitationInput | null;
}
