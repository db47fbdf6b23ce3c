import type { GraphQLResolveInfo } from 'graphql';
import { Funding } from '../model/funding.type.js';
import { Project } from '../model/project.type.js';
import { fromValues } from './from-values.js';
import { itemPaths, type PageProjection } from './page-projection.js';
import { selectedFields } from './selected-fields.js';
import { FUNDING_FIELDS, PROJECT_FIELDS, propertiesFor } from './stored-fields.js';

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
export function fundingSourceGrants(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
): PageProjection<Funding> {
  const itemFields = selectedFields(info, ...itemPaths());
  const edge = propertiesFor(FUNDING_FIELDS, itemFields);
  const project = itemFields.has('project')
    ? propertiesFor(PROJECT_FIELDS, selectedFields(info, ...itemPaths('project')))
    : null;
  return {
    params: { edgeProperties: edge, projectProperties: project },
    decodeItem(item, fundingSourceId) {
      const row = item as GrantRow;
      const funding = fromValues<Funding>(Funding, edge, row.edge);
      funding.fundingSourceId = fundingSourceId;
      funding.projectId = row.projectId;
      funding.policyAreaId = row.policyAreaId;
      if (project && row.project) {
        funding.projectNode = fromValues<Project>(Project, project, row.project);
      }
      return funding;
    },
  };
}
