import { Funding } from '../model/funding.type.js';
import { Project } from '../model/project.type.js';
import { embeddedFromValues, fromValues } from '../projection/from-values.js';
import {
  itemProperties,
  projectionFor,
  propertiesAt,
  type PageProjection,
  type SelectionInfo,
} from './page-projection.js';
import { FUNDING_FIELDS, PROJECT_FIELDS } from '../projection/stored-fields.js';

/** One grant as `funding-source-grants-by-ids` returns it. */
interface GrantRow {
  projectId: string | null;
  policyAreaId: string | null;
  edge: unknown[];
  project: unknown[] | null;
}

/**
 * A funding source's grants: the edge properties selected, and, when
 * `project` is selected, the project's selected properties, embedded.
 */
export function fundingSourceGrants(info: SelectionInfo): PageProjection<Funding> {
  return projectionFor(info, buildFundingSourceGrants);
}

function buildFundingSourceGrants(info: SelectionInfo): PageProjection<Funding> {
  const edge = itemProperties(info, FUNDING_FIELDS);
  const project = propertiesAt(info, PROJECT_FIELDS, 'project');
  return {
    params: { edgeProperties: edge, projectProperties: project },
    decodeItem(item, fundingSourceId) {
      const row = item as GrantRow;
      const funding = fromValues<Funding>(Funding, edge, row.edge);
      funding.fundingSourceId = fundingSourceId;
      funding.projectId = row.projectId;
      funding.policyAreaId = row.policyAreaId;
      funding.projectNode = embeddedFromValues<Project>(Project, project, row.project);
      return funding;
    },
  };
}
