import type { StatementName } from '../graph/statement-names.js';

/**
 * The statement that reads each page the API serves, root lists and nested
 * lists alike, under the name of what it lists. Resolvers ask for a page by
 * this name; the statement behind it is named here once.
 */
export const PAGE_STATEMENTS = {
  countries: 'queries/list-countries',
  duplicateCandidates: 'queries/list-duplicate-candidates',
  fundingSources: 'queries/list-funding-sources',
  namedEntities: 'queries/list-named-entities',
  organisations: 'queries/list-organisations',
  people: 'queries/list-people',
  policyAreas: 'queries/list-policy-areas',
  projects: 'queries/list-projects',
  countryOrganisations: 'queries/country-organisations-by-codes',
  countryPartnerProjects: 'queries/country-partner-projects-by-codes',
  countryImplementedProjects: 'queries/country-implemented-projects-by-codes',
  fundingSourceGrants: 'queries/funding-source-grants-by-ids',
  organisationParticipations: 'queries/participations-by-organisation-ids',
  policyAreaProjects: 'queries/policy-area-projects-by-ids',
  programmeProjects: 'queries/programme-projects-by-ids',
  projectParticipations: 'queries/participations-by-project-ids',
  regionProjects: 'queries/region-projects-by-ids',
  topicProjects: 'queries/topic-projects-by-ids',
} as const satisfies Record<string, StatementName>;

/** A page the API serves, by what it lists. */
export type PageName = keyof typeof PAGE_STATEMENTS;
