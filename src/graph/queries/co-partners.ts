import type { CoPartner } from '../../model/co-partner.type.js';
import type { GraphClient } from '../graph-client.js';

/**
 * An organisation's partners weighted by shared projects, heaviest first,
 * and whether the organisation exists, in one read. The shared project ids
 * are listed only when `withProjectIds` is set.
 */
export async function coPartners(
  graph: GraphClient,
  params: {
    organisationId: string;
    minSharedProjects: number;
    limit: number;
    withProjectIds: boolean;
  },
): Promise<{ known: boolean; coPartners: CoPartner[] }> {
  const [row] = await graph.read<{ known: boolean; coPartners: CoPartner[] }>(
    'queries/co-partners',
    params,
  );
  return { known: row?.known ?? false, coPartners: row?.coPartners ?? [] };
}
