import { Funding } from '../model/funding.type.js';
import { FUNDING_FIELDS } from '../projection/stored-fields.js';
import { edgesToProjectsPage, type EdgeToProjectRow } from './edges-to-projects-page.js';

/** One grant as `funding-source-grants-by-ids` returns it. */
interface GrantRow extends EdgeToProjectRow {
  projectId: string | null;
  policyAreaId: string | null;
}

/**
 * A funding source's grants: the edge properties selected, and, when
 * `project` is selected, the project's selected properties, embedded.
 */
export const fundingSourceGrants = edgesToProjectsPage<Funding, GrantRow>({
  model: Funding,
  fields: FUNDING_FIELDS,
  setEnds(funding, fundingSourceId, row) {
    funding.fundingSourceId = fundingSourceId;
    funding.projectId = row.projectId;
    funding.policyAreaId = row.policyAreaId;
  },
});
