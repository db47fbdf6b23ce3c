import { Participation } from '../model/participation.type.js';
import { Project } from '../model/project.type.js';
import type { SharedPartner } from '../model/shared-partner.type.js';
import type { SelectionInfo } from '../pages/page-projection.js';
import { embeddedFromValues, fromValues } from './from-values.js';
import { organisationWithCountry } from './organisation-with-country.js';
import { perFieldNode } from './per-field-node.js';
import { selectedFields } from './selected-fields.js';
import { PARTICIPATION_FIELDS, PROJECT_FIELDS, propertiesFor } from './stored-fields.js';

/** One partner as `queries/shared-partners` returns it. */
export interface SharedPartnerRow {
  organisation: unknown[];
  country: unknown[] | null;
  projectCount: number;
  participations: Array<{ projectId: string; edge: unknown[]; project: unknown[] | null }>;
}

/**
 * What `sharedPartners` asks its statement for (the organisation's, its
 * country's, the edges' and their projects' selected properties; null for an
 * end that is not selected) and how a row becomes a SharedPartner.
 */
export interface SharedPartnersProjection {
  params: {
    organisationProperties: string[];
    countryProperties: string[] | null;
    edgeProperties: string[];
    projectProperties: string[] | null;
  };
  decode(row: SharedPartnerRow): SharedPartner;
}

/** The projection for this field node, built once: it depends on the document alone. */
export const sharedPartnersProjection = perFieldNode(build);

function build(info: SelectionInfo): SharedPartnersProjection {
  const partner = organisationWithCountry(info, ['organisation']);
  const edge = propertiesFor(PARTICIPATION_FIELDS, selectedFields(info, ['participations']));
  const project = selectedFields(info, ['participations']).has('project')
    ? propertiesFor(PROJECT_FIELDS, selectedFields(info, ['participations', 'project']))
    : null;
  return {
    params: {
      organisationProperties: partner.organisationProperties,
      countryProperties: partner.countryProperties,
      edgeProperties: edge,
      projectProperties: project,
    },
    decode(row) {
      const node = partner.decode(row.organisation, row.country);
      return {
        organisation: node,
        projectCount: row.projectCount,
        participations: row.participations.map((item) => {
          const participation = fromValues<Participation>(Participation, edge, item.edge);
          participation.organisationId = node.id;
          participation.projectId = item.projectId;
          participation.projectNode = embeddedFromValues<Project>(Project, project, item.project);
          return participation;
        }),
      };
    },
  };
}
