import { gql, type GraphQLClient } from 'graphql-request';

/** `partnershipNetwork` as the public API returns it, for comparing exports with. */
export interface ApiNetwork {
  projectCount: number;
  truncated: boolean;
  nodes: Array<{
    id: string;
    name: string;
    acronym: string | null;
    kind: string;
    countryCode: string | null;
    projectCount: number;
  }>;
  edges: Array<{ source: string; target: string; weight: number; projectIds: string[] }>;
}

/** The network the API returns for a filter (written here independently of the exports' own query). */
export async function apiNetwork(
  client: GraphQLClient,
  filter: Record<string, unknown> = {},
): Promise<ApiNetwork> {
  const data = await client.request<{ partnershipNetwork: ApiNetwork }>(
    gql`
      query ($filter: NetworkFilter) {
        partnershipNetwork(filter: $filter) {
          projectCount
          truncated
          nodes {
            id
            name
            acronym
            kind
            countryCode
            projectCount
          }
          edges {
            source
            target
            weight
            projectIds
          }
        }
      }
    `,
    { filter },
  );
  return data.partnershipNetwork;
}

/** The export query string for a filter: lists comma-separated, numbers as text. */
export function exportQuery(filter: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
