import type { NetworkFilter } from '../network-filter';
import { filterToVariables } from '../network-filter';
import { NETWORK_QUERY } from './explorer-queries';
import type { PartnershipNetwork } from './explorer-types';
import { graphqlRequest } from './graphql-request';

/** What the drawn nodes are: organisations, or countries or communities (aggregated views). */
export type GroupBy = 'organisations' | 'country' | 'community';

/** The explorer's view: how it groups, and the group drilled into (null: all groups). */
export interface GroupView {
  groupBy: GroupBy;
  groupId: string | null;
}

export const ORGANISATIONS_VIEW: GroupView = { groupBy: 'organisations', groupId: null };

/** One group of `groupedNetwork` as the explorer lists it. */
export interface GroupSummary {
  id: string;
  size: number;
  internalTies: number;
}

/** An aggregated view: drawn like a network, its groups listed for the drill-down. */
export interface GroupedView {
  network: PartnershipNetwork;
  groups: GroupSummary[];
}

const GROUPED_NETWORK_QUERY = /* GraphQL */ `
  query ExplorerGroupedNetwork($filter: NetworkFilter, $groupBy: NetworkGrouping!) {
    groupedNetwork(filter: $filter, groupBy: $groupBy) {
      projectCount
      groups(first: 1000) {
        id
        size
        internalTies
      }
      ties(first: 1000) {
        source
        target
        weight
      }
    }
  }
`;

/** How a group is named on the canvas and in the list. */
export function groupLabel(groupBy: GroupBy, id: string): string {
  if (groupBy === 'community') return `Community ${id}`;
  return id === 'none' ? 'No country' : id;
}

/** The GraphQL enum value of a grouping. */
const grouping = (groupBy: GroupBy) => (groupBy === 'community' ? 'COMMUNITY' : 'COUNTRY');

/**
 * Countries or communities as nodes (sized by their organisations, a country
 * coloured as its organisations are) and the summed ties between them as
 * edges, in the shape the canvas draws.
 */
export async function fetchGroupedView(
  filter: NetworkFilter,
  groupBy: Exclude<GroupBy, 'organisations'>,
): Promise<GroupedView> {
  const data = await graphqlRequest<{
    groupedNetwork: {
      projectCount: number;
      groups: GroupSummary[];
      ties: Array<{ source: string; target: string; weight: number }>;
    };
  }>(GROUPED_NETWORK_QUERY, { filter: filterToVariables(filter), groupBy: grouping(groupBy) });
  const { groups, ties, projectCount } = data.groupedNetwork;
  return {
    groups,
    network: {
      projectCount,
      truncated: false,
      omitted: null,
      nodes: groups.map((group) => ({
        id: group.id,
        name: `${groupLabel(groupBy, group.id)} · ${group.size} organisations`,
        acronym: null,
        kind: 'OTHER',
        countryCode: groupBy === 'country' && group.id !== 'none' ? group.id : null,
        // The canvas sizes nodes by this: a group by its organisations.
        projectCount: group.size,
      })),
      edges: ties.map((tie) => ({ ...tie, projectIds: [] })),
    },
  };
}

/** One group's organisations and the ties between them (`partnershipNetwork(group:)`). */
export async function fetchGroupMembers(
  filter: NetworkFilter,
  groupBy: Exclude<GroupBy, 'organisations'>,
  id: string,
): Promise<PartnershipNetwork> {
  const data = await graphqlRequest<{ partnershipNetwork: PartnershipNetwork }>(NETWORK_QUERY, {
    filter: filterToVariables(filter),
    group: { groupBy: grouping(groupBy), id },
  });
  return data.partnershipNetwork;
}
