import type { OrganisationFilter } from '../model/organisation-filter.input.js';
import { filterIdChecks, type FilterIdCheck } from './filter-id-checks.js';
import { countryCodesOrNull, foldedOrNull, listOrNull } from './filter-values.js';

/** The parameters of `queries/list-organisations` for a filter, null where not filtered. */
export function organisationFilterParams(filter: OrganisationFilter | null | undefined) {
  return {
    search: foldedOrNull(filter?.nameContains),
    kinds: listOrNull(filter?.kinds),
    countryCodes: countryCodesOrNull(filter?.countryCodes),
    projectIds: listOrNull(filter?.projectIds),
    roles: listOrNull(filter?.roles),
    fundingSourceIds: listOrNull(filter?.fundingSourceIds),
    policyAreaIds: listOrNull(filter?.policyAreaIds),
  };
}

/** The id lists of an organisation filter to check in the same read (see filter-id-checks.ts). */
export function organisationFilterIdChecks(
  filter: OrganisationFilter | null | undefined,
): FilterIdCheck[] {
  return filterIdChecks(filter, {
    projectIds: 'Project',
    fundingSourceIds: 'FundingSource',
    policyAreaIds: 'PolicyArea',
  });
}
