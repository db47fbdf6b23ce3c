import { Country } from '../model/country.type.js';
import { Organisation } from '../model/organisation.type.js';
import type { SelectionInfo } from '../pages/page-projection.js';
import { embeddedFromValues, fromValues } from './from-values.js';
import { selectedFields } from './selected-fields.js';
import { COUNTRY_FIELDS, ORGANISATION_FIELDS, propertiesFor } from './stored-fields.js';

/**
 * The selected properties of the organisations a request selects at
 * `paths` and, when `country` is selected there, of their countries; and how
 * a statement's values become an Organisation that brings its country along.
 * Shared by every statement that embeds organisations with their country
 * (shared partners, connection, co-partners, a project's participations).
 */
export interface OrganisationWithCountry {
  organisationProperties: string[];
  /** Null when no path selects `country`: the statement fetches none. */
  countryProperties: string[] | null;
  /**
   * The organisation from `values` (its properties' values from `offset`
   * on); `countryValues` null means "has no country", and `countryNode`
   * stays unset when `country` is not selected.
   */
  decode(
    values: readonly unknown[],
    countryValues: readonly unknown[] | null,
    offset?: number,
  ): Organisation;
}

export function organisationWithCountry(
  info: SelectionInfo,
  ...paths: ReadonlyArray<readonly string[]>
): OrganisationWithCountry {
  const selected = selectedFields(info, ...paths);
  const organisation = propertiesFor(ORGANISATION_FIELDS, selected);
  const country = selected.has('country')
    ? propertiesFor(
        COUNTRY_FIELDS,
        selectedFields(info, ...paths.map((path) => [...path, 'country'])),
      )
    : null;
  return {
    organisationProperties: organisation,
    countryProperties: country,
    decode(values, countryValues, offset = 0) {
      const node = fromValues<Organisation>(Organisation, organisation, values, offset);
      if (country) node.countryNode = embeddedFromValues<Country>(Country, country, countryValues);
      return node;
    },
  };
}
