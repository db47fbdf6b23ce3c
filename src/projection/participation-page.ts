import type { GraphQLResolveInfo } from 'graphql';
import { Country } from '../model/country.type.js';
import { Organisation } from '../model/organisation.type.js';
import { Participation } from '../model/participation.type.js';
import { Project } from '../model/project.type.js';
import { fromValues } from './from-values.js';
import { itemPaths, type PageProjection } from './page-projection.js';
import { selectedFields } from './selected-fields.js';
import {
  COUNTRY_FIELDS,
  ORGANISATION_FIELDS,
  PARTICIPATION_FIELDS,
  PROJECT_FIELDS,
  propertiesFor,
} from './stored-fields.js';

/** One edge as `participations-by-project-ids` returns it. */
interface ProjectSideRow {
  organisationId: string;
  edge: unknown[];
  organisation: unknown[] | null;
  country: unknown[] | null;
}

/** One edge as `participations-by-organisation-ids` returns it. */
interface OrganisationSideRow {
  projectId: string;
  edge: unknown[];
  project: unknown[] | null;
}

type Info = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

function edgeProperties(info: Info): string[] {
  return propertiesFor(PARTICIPATION_FIELDS, selectedFields(info, ...itemPaths()));
}

/** `null` when the items' `field` is not selected, else the properties its selection reads. */
function endProperties(info: Info, field: string, stored: typeof ORGANISATION_FIELDS) {
  if (!selectedFields(info, ...itemPaths()).has(field)) return null;
  return propertiesFor(stored, selectedFields(info, ...itemPaths(field)));
}

/**
 * A project's participations: the edge properties selected, and, when
 * `organisation` is selected, the organisation's (and its country's)
 * selected properties, embedded so that they cost no statement of their own.
 */
export function projectParticipations(info: Info): PageProjection<Participation> {
  const edge = edgeProperties(info);
  const organisation = endProperties(info, 'organisation', ORGANISATION_FIELDS);
  const country =
    organisation && selectedFields(info, ...itemPaths('organisation')).has('country')
      ? propertiesFor(COUNTRY_FIELDS, selectedFields(info, ...itemPaths('organisation', 'country')))
      : null;
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
      if (organisation && row.organisation) {
        const node = fromValues<Organisation>(Organisation, organisation, row.organisation);
        if (country) {
          node.countryNode = row.country
            ? fromValues<Country>(Country, country, row.country)
            : null;
          node.countryCode = node.countryNode?.code ?? null;
        }
        participation.organisationNode = node;
      }
      return participation;
    },
  };
}

/**
 * An organisation's participations: the edge properties selected, and, when
 * `project` is selected, the project's selected properties, embedded.
 */
export function organisationParticipations(info: Info): PageProjection<Participation> {
  const edge = edgeProperties(info);
  const project = endProperties(info, 'project', PROJECT_FIELDS);
  return {
    params: { edgeProperties: edge, projectProperties: project },
    decodeItem(item, organisationId) {
      const row = item as OrganisationSideRow;
      const participation = fromValues<Participation>(Participation, edge, row.edge);
      participation.organisationId = organisationId;
      participation.projectId = row.projectId;
      if (project && row.project) {
        participation.projectNode = fromValues<Project>(Project, project, row.project);
      }
      return participation;
    },
  };
}
