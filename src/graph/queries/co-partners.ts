import type { CoPartnerRow } from '../../projection/co-partners-projection.js';
import type { GraphClient } from '../graph-client.js';

/**
 * An organisation's partners weighted by shared projects, heaviest first,
 * and whether the organisation exists, in one read. `projection` holds the
 * properties the selection asks for and whether to list the shared projects
 * (src/projection/co-partners-projection.ts).
 */
export async function coPartners(
  graph: GraphClient,
  params: {
    organisationId: string;
    minSharedProjects: number;
    limit: number;
    projection: Record<string, unknown>;
  },
): Promise<{ known: boolean; coPartners: CoPartnerRow[] }> {
  const [row] = await graph.read<{ known: boolean; coPartners: CoPartnerRow[] }>(
    'queries/co-partners',
    {
      organisationId: params.organisationId,
      minSharedProjects: params.minSharedProjects,
      limit: params.limit,
      ...params.projection,
    },
  );
  return { known: row?.known ?? false, coPartners: row?.coPartners ?? [] };
}
