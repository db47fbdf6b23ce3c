import { Country } from '../model/country.type.js';
import type { CoPartner } from '../model/co-partner.type.js';
import { Organisation } from '../model/organisation.type.js';
import type { SelectionInfo } from '../pages/page-projection.js';
import { embeddedFromValues, fromValues } from './from-values.js';
import { perFieldNode } from './per-field-node.js';
import { selectedFields } from './selected-fields.js';
import { COUNTRY_FIELDS, ORGANISATION_FIELDS, propertiesFor } from './stored-fields.js';

/** One co-partner as `queries/co-partners` returns it. */
export interface CoPartnerRow {
  organisation: unknown[];
  country: unknown[] | null;
  sharedProjectCount: number;
  projectIds: string[];
}

/**
 * What `coPartners` asks its statement for (the partner's selected
 * properties and, null when not selected, its country's; whether to list the
 * shared projects) and how a row becomes a CoPartner.
 */
export interface CoPartnersProjection {
  params: {
    organisationProperties: string[];
    countryProperties: string[] | null;
    withProjectIds: boolean;
  };
  decode(row: CoPartnerRow): CoPartner;
}

/** The projection for this field node, built once: it depends on the document alone. */
export const coPartnersProjection = perFieldNode(build);

function build(info: SelectionInfo): CoPartnersProjection {
  const organisationFields = selectedFields(info, ['organisation']);
  const organisation = propertiesFor(ORGANISATION_FIELDS, organisationFields);
  const country = organisationFields.has('country')
    ? propertiesFor(COUNTRY_FIELDS, selectedFields(info, ['organisation', 'country']))
    : null;
  return {
    params: {
      organisationProperties: organisation,
      countryProperties: country,
      withProjectIds: selectedFields(info, []).has('sharedProjects'),
    },
    decode(row) {
      const node = fromValues<Organisation>(Organisation, organisation, row.organisation);
      // Null means "has no country"; left unset when `country` is not selected.
      if (country) node.countryNode = embeddedFromValues<Country>(Country, country, row.country);
      return {
        organisation: node,
        sharedProjectCount: row.sharedProjectCount,
        projectIds: row.projectIds,
      };
    },
  };
}
