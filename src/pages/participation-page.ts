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
import { edgesToProjectsPage, type EdgeToProjectRow } from './edges-to-projects-page.js';

/** One edge as `participations-by-project-ids` returns it. */
interface ProjectSideRow {
  organisationId: string;
  edge: unknown[];
  organisation: unknown[] | null;
  country: unknown[] | null;
}

/** One edge as `participations-by-organisation-ids` returns it. */
interface OrganisationSideRow extends EdgeToProjectRow {
  projectId: string;
}

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
  return {
    params: {
      edgeProperties: edge,
      organisationProperties: organisation,
      countryProperties: country,
    },
    decodeItem(item, projectId) {
      const row = item as ProjectSideRow;
      const participation = fromValues<Participation>(Participation, edge, row.edge);
      participation.organisationId = row.organisationId;
      participation.projectId = projectId;
      const node = embeddedFromValues<Organisation>(Organisation, organisation, row.organisation);
      // Null means "has no country"; left unset when `country` is not selected.
      if (node && country)
        node.countryNode = embeddedFromValues<Country>(Country, country, row.country);
      participation.organisationNode = node;
      return participation;
    },
  };
}

/**
 * An organisation's participations: the edge properties selected, and, when
 * `project` is selected, the project's selected properties, embedded.
 */
export const organisationParticipations = edgesToProjectsPage<Participation, OrganisationSideRow>({
  model: Participation,
  fields: PARTICIPATION_FIELDS,
  setEnds(participation, organisationId, row) {
    participation.organisationId = organisationId;
    participation.projectId = row.projectId;
  },
});
