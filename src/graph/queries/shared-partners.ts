import type { SharedPartnerRow } from '../../projection/shared-partners-projection.js';
import type { GraphClient } from '../graph-client.js';

/**
 * Organisations in at least `minProjects` of the projects, with the ids among
 * them the graph does not have, in one read. `projection` holds the
 * properties the selection asks for (src/projection/shared-partners-projection.ts).
 */
export async function sharedPartners(
  graph: GraphClient,
  params: { projectIds: string[]; minProjects: number; projection: Record<string, unknown> },
): Promise<{ unknownIds: string[]; partners: SharedPartnerRow[] }> {
  const [row] = await graph.read<{ unknownIds: string[]; partners: SharedPartnerRow[] }>(
    'queries/shared-partners',
    { projectIds: params.projectIds, minProjects: params.minProjects, ...params.projection },
  );
  return { unknownIds: row?.unknownIds ?? [], partners: row?.partners ?? [] };
}
