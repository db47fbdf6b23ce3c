import type { ProjectFilter } from '../model/project-filter.input.js';
import { countryCodesOrNull, foldedOrNull, listOrNull } from './filter-values.js';
import { filterIdChecks, type FilterIdCheck } from './filter-id-checks.js';

/** The parameters of a project filter's conditions, null when not given. */
export function projectConditions(filter: ProjectFilter | null | undefined) {
  return {
    search: foldedOrNull(filter?.nameContains),
    code: filter?.nameContains?.trim() || null,
    kinds: listOrNull(filter?.kinds),
    statuses: listOrNull(filter?.statuses),
    isFlagship: filter?.isFlagship ?? null,
    countryCodes: countryCodesOrNull(filter?.countryCodes),
    organisationIds: listOrNull(filter?.organisationIds),
    roles: listOrNull(filter?.roles),
    fundingSourceIds: listOrNull(filter?.fundingSourceIds),
    policyAreaIds: listOrNull(filter?.policyAreaIds),
    programmeIds: listOrNull(filter?.programmeIds),
    topicIds: listOrNull(filter?.topicIds),
    activeFrom: filter?.activeFrom ?? null,
    activeTo: filter?.activeTo ?? null,
  };
}

/**
 * How the statements that select projects by a `ProjectFilter` (the list and
 * the aggregates) read it: whether undated projects join a period, and the id
 * lists to check in the same read (see filter-id-checks.ts).
 */
export function projectFilterOptions(filter: ProjectFilter | null | undefined): {
  includeUndated: boolean;
  idChecks: FilterIdCheck[];
} {
  return {
    includeUndated: filter?.includeUndated ?? false,
    idChecks: filterIdChecks(filter, {
      organisationIds: 'Organisation',
      fundingSourceIds: 'FundingSource',
      policyAreaIds: 'PolicyArea',
      programmeIds: 'Programme',
      topicIds: 'Topic',
    }),
  };
}
