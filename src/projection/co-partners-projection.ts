import type { CoPartner } from '../model/co-partner.type.js';
import type { SelectionInfo } from '../pages/page-projection.js';
import { organisationWithCountry } from './organisation-with-country.js';
import { perFieldNode } from './per-field-node.js';
import { selectedFields } from './selected-fields.js';

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
  const partner = organisationWithCountry(info, ['organisation']);
  return {
    params: {
      organisationProperties: partner.organisationProperties,
      countryProperties: partner.countryProperties,
      withProjectIds: selectedFields(info, []).has('sharedProjects'),
    },
    decode(row) {
      return {
        organisation: partner.decode(row.organisation, row.country),
        sharedProjectCount: row.sharedProjectCount,
        projectIds: row.projectIds,
      };
    },
  };
}
