import { Participation } from '../model/participation.type.js';
import { fromValues } from '../projection/from-values.js';
import { organisationWithCountry } from '../projection/organisation-with-country.js';
import { perFieldNode } from '../projection/per-field-node.js';
import { selectedFields } from '../projection/selected-fields.js';
import { PARTICIPATION_FIELDS } from '../projection/stored-fields.js';
import {
  itemPaths,
  itemProperties,
  type PageProjection,
  type SelectionInfo,
} from './page-projection.js';
import { edgesToProjectsPage } from './edges-to-projects-page.js';

/**
 * A project's participations: the edge properties selected, and, when
 * `organisation` is selected, the organisation's (and its country's)
 * selected properties, embedded so that they cost no statement of their own.
 */
export const projectParticipations = perFieldNode(buildProjectParticipations);

function buildProjectParticipations(info: SelectionInfo): PageProjection<Participation> {
  const edge = itemProperties(info, PARTICIPATION_FIELDS);
  const organisation = selectedFields(info, ...itemPaths()).has('organisation')
    ? organisationWithCountry(info, ...itemPaths('organisation'))
    : null;
  const organisationAt = 1 + edge.length;
  const countryAt = organisationAt + (organisation?.organisationProperties.length ?? 0);
  return {
    params: {
      edgeProperties: edge,
      organisationProperties: organisation?.organisationProperties ?? null,
      countryProperties: organisation?.countryProperties ?? null,
    },
    decodeItem(item, projectId) {
      // One flat list: the organisation's id, the edge's values, the
      // organisation's values, its country's values as one list (or null).
      const row = item as readonly unknown[];
      const participation = fromValues<Participation>(Participation, edge, row, 1);
      participation.organisationId = row[0] as string;
      participation.projectId = projectId;
      participation.organisationNode =
        organisation?.decode(row, row[countryAt] as unknown[] | null, organisationAt) ?? null;
      return participation;
    },
  };
}

/**
 * An organisation's participations: the edge properties selected, and, when
 * `project` is selected, the project's selected properties, embedded.
 */
export const organisationParticipations = edgesToProjectsPage<Participation>({
  model: Participation,
  fields: PARTICIPATION_FIELDS,
  ends: 1,
  setEnds(participation, organisationId, row) {
    participation.organisationId = organisationId;
    participation.projectId = row[0] as string;
  },
});
