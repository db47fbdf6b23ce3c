import type { Country } from './country.type.js';
import { Float, ID, Int, ObjectType } from 'type-graphql';
import { StoredField } from './stored-field.decorator.js';
import { OrganisationKind } from './organisation-kind.enum.js';
import { Node } from './node.interface.js';

@ObjectType({
  implements: Node,
  description:
    'A government agency, rescue service, university, intergovernmental body, network or unit. ' +
    'One node per real-world body; other spellings are aliases.',
})
export class Organisation {
  @StoredField(() => ID, {
    description: 'Stable, human-readable slug, e.g. "hamburg-fire-rescue-service".',
  })
  id!: string;

  @StoredField(() => String, { description: 'The name the organisation is best known by.' })
  name!: string;

  @StoredField(() => String, { nullable: true, description: 'Short form, e.g. "MSB".' })
  acronym?: string | null;

  @StoredField(() => [String], { description: 'Other spellings found in the sources.' })
  aliases!: string[];

  @StoredField(() => OrganisationKind, { description: 'What sort of body this is.' })
  kind!: OrganisationKind;

  @StoredField(() => String, { nullable: true, description: 'City of the seat, where stated.' })
  city?: string | null;

  @StoredField(() => String, {
    nullable: true,
    description: 'A short description in our own words.',
  })
  summary?: string | null;

  @StoredField(() => String, {
    nullable: true,
    description: 'The NUTS region of the seat, e.g. "BE100" (from CORDIS).',
  })
  nutsCode?: string | null;

  @StoredField(() => Float, {
    nullable: true,
    description: 'Latitude of the seat in degrees (WGS 84; the CORDIS geolocation).',
  })
  latitude?: number | null;

  @StoredField(() => Float, {
    nullable: true,
    description: 'Longitude of the seat in degrees (WGS 84; the CORDIS geolocation).',
  })
  longitude?: number | null;
  @StoredField(() => String, {
    nullable: true,
    description: 'When it was founded (ISO date of the precision stated), where stated.',
  })
  founded?: string | null;

  @StoredField(() => Int, {
    nullable: true,
    description: 'For a body with member countries: how many, where stated (e.g. 8).',
  })
  memberCountryCount?: number | null;

  @StoredField(() => Int, {
    nullable: true,
    description: 'For a body that meets regularly: meetings a year, where stated.',
  })
  meetingsPerYear?: number | null;

  /** Resolved to `country` by a loader, unless `countryNode` is set; not a field of its own. */
  countryCode?: string | null;
  /**
   * The country's properties, when the statement that loaded the organisation
   * brought them (null: it has no country); then `countryCode` is not needed.
   */
  countryNode?: Country | null;
}
