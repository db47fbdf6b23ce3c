import { Country } from '../model/country.type.js';
import { Organisation } from '../model/organisation.type.js';
import { Participation } from '../model/participation.type.js';
import { embeddedFromValues, fromValues } from '../projection/from-values.js';
import {
  itemProperties,
  projectionFor,
  propertiesAt,
  type PageProjection,
  type SelectionInfo,
} from './page-projection.js';
import {
  COUNTRY_FIELDS,
  ORGANISATION_FIELDS,
  PARTICIPATION_FIELDS,
} from '../projection/stored-fields.js';
import { edgesToProjectsPage } from './edges-to-projects-page.js';

/**
 * A project's participations: the edge properties selected, and, when
 * `organisation` is selected, the organisation's (and its country's)
 * selected properties, embedded so that they cost no statement of their own.
 */
export function projectParticipations(info: SelectionInfo): PageProjection<Participation> {
  return projectionFor(info, buildProjectParticipations);
}

function buildProjectParticipations(info: SelectionInfo): PageProjection<Participation> {
  const edge = itemProperties(info, PARTICIPATION_FIELDS);
  const organisation = propertiesAt(info, ORGANISATION_FIELDS, 'organisation');
  const country = organisation && propertiesAt(info, COUNTRY_FIELDS, 'organisation', 'country');
  const organisationAt = 1 + edge.length;
  const countryAt = organisationAt + (organisation?.length ?? 0);
  return {
    params: {
      edgeProperties: edge,
      organisationProperties: organisation,
      countryProperties: country,
    },
    decodeItem(item, projectId) {
      // One flat list: the organisation's id, the edge's values, the
      // organisation's values, its country's values as one list (or null).
      const row = item as readonly unknown[];
      const participation = fromValues<Participation>(Participation, edge, row, 1);
      participation.organisationId = row[0] as string;
      participation.projectId = projectId;
      const node =
        organisation && fromValues<Organisation>(Organisation, organisation, row, organisationAt);
      // Null means "has no country"; left unset when `country` is not selected.
      if (node && country)
        node.countryNode = embeddedFromValues<Country>(
          Country,
          country,
          row[countryAt] as unknown[] | null,
        );
      participation.organisationNode = node;
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
