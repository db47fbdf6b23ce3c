/** The node labels a dataset defines and refers to by id (countries by code). */
export type EntityLabel =
  | 'Country'
  | 'Region'
  | 'Programme'
  | 'PolicyArea'
  | 'Organisation'
  | 'FundingSource'
  | 'Topic'
  | 'Project'
  | 'Task'
  | 'Person'
  | 'Event'
  | 'Document';

/** Which label each entity section of a dataset defines. */
export const SECTION_LABELS = {
  countries: 'Country',
  regions: 'Region',
  programmes: 'Programme',
  policyAreas: 'PolicyArea',
  organisations: 'Organisation',
  fundingSources: 'FundingSource',
  topics: 'Topic',
  projects: 'Project',
  tasks: 'Task',
  people: 'Person',
  events: 'Event',
  documents: 'Document',
} as const satisfies Record<string, EntityLabel>;

export type EntitySection = keyof typeof SECTION_LABELS;
