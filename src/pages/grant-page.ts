import { Funding } from '../model/funding.type.js';
import { FUNDING_FIELDS } from '../projection/stored-fields.js';
import { edgesToProjectsPage } from './edges-to-projects-page.js';

/**
 * A funding source's grants: the edge properties selected, and, when
 * `project` is selected, the project's selected properties, embedded. Each
 * row of `funding-source-grants-by-ids` starts with the project's id and the
 * policy area's id (one of them null).
 */
export const fundingSourceGrants = edgesToProjectsPage<Funding>({
  model: Funding,
  fields: FUNDING_FIELDS,
  ends: 2,
  setEnds(funding, fundingSourceId, row) {
    funding.fundingSourceId = fundingSourceId;
    funding.projectId = (row[0] ?? null) as string | null;
    funding.policyAreaId = (row[1] ?? null) as string | null;
  },
});
