import { registerEnumType } from 'type-graphql';

/**
 * The relationships the API exposes, by their type in the graph, and the
 * dataset field each one is written from: a citation of that field (or of
 * the whole record) is a citation of the relationship.
 */
export enum Relation {
  PARTICIPATES_IN = 'PARTICIPATES_IN',
  FUNDED_BY = 'FUNDED_BY',
  COORDINATES = 'COORDINATES',
  MEMBER_OF = 'MEMBER_OF',
  PART_OF = 'PART_OF',
  LOCATED_IN = 'LOCATED_IN',
  UNDER = 'UNDER',
  FOLLOW_UP_OF = 'FOLLOW_UP_OF',
  COMPONENT_OF = 'COMPONENT_OF',
  IMPLEMENTED_IN = 'IMPLEMENTED_IN',
  ADDRESSES = 'ADDRESSES',
  REFERS_TO = 'REFERS_TO',
  GOVERNS = 'GOVERNS',
  PROVIDED_BY = 'PROVIDED_BY',
  SUCCEEDED_BY = 'SUCCEEDED_BY',
  HAS_TASK = 'HAS_TASK',
  LEADS = 'LEADS',
  WORKS_FOR = 'WORKS_FOR',
  OUTPUT_OF = 'OUTPUT_OF',
  REPORTS_ON = 'REPORTS_ON',
  EVENT_OF = 'EVENT_OF',
  HELD_IN = 'HELD_IN',
  INCLUDES = 'INCLUDES',
  ABOUT = 'ABOUT',
}

/** The dataset field a relationship is written from; absent: the record is the relationship. */
export const RELATION_FIELD: Readonly<Partial<Record<Relation, string>>> = {
  [Relation.PART_OF]: 'partOf',
  [Relation.LOCATED_IN]: 'country',
  [Relation.UNDER]: 'under',
  [Relation.FOLLOW_UP_OF]: 'followUpOf',
  [Relation.COMPONENT_OF]: 'componentOf',
  [Relation.IMPLEMENTED_IN]: 'implementedIn',
  [Relation.ADDRESSES]: 'topics',
  [Relation.REFERS_TO]: 'frameworks',
  [Relation.GOVERNS]: 'governs',
  [Relation.PROVIDED_BY]: 'providedBy',
  [Relation.SUCCEEDED_BY]: 'succeededBy',
  [Relation.HAS_TASK]: 'project',
  [Relation.LEADS]: 'leader',
  [Relation.WORKS_FOR]: 'organisation',
  [Relation.OUTPUT_OF]: 'project',
  [Relation.REPORTS_ON]: 'task',
  [Relation.EVENT_OF]: 'project',
  [Relation.HELD_IN]: 'country',
  [Relation.INCLUDES]: 'countries',
};

registerEnumType(Relation, {
  name: 'Relation',
  description:
    'A relationship type of the graph, e.g. PART_OF (unit to parent), LOCATED_IN (organisation to country), UNDER (project to policy area or programme).',
});
