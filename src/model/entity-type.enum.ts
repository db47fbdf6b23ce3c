import { registerEnumType } from 'type-graphql';

/** The kinds of thing search can find; the values are the graph's node labels. */
export enum EntityType {
  ORGANISATION = 'Organisation',
  PROJECT = 'Project',
  FUNDING_SOURCE = 'FundingSource',
  COUNTRY = 'Country',
  REGION = 'Region',
  PROGRAMME = 'Programme',
  POLICY_AREA = 'PolicyArea',
  PERSON = 'Person',
  TOPIC = 'Topic',
  EVENT = 'Event',
  DOCUMENT = 'Document',
}

registerEnumType(EntityType, {
  name: 'EntityType',
  description: 'What sort of entity a search hit is.',
});
