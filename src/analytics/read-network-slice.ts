import type { GraphClient } from '../graph/graph-client.js';
import type { NetworkSlice, SliceOrganisation, SliceProject } from './network-slice.js';
import type { SliceFilter } from './slice-filter.js';

/**
 * Reads a slice in two statements: its projects with their members, then the
 * organisations those name. The pairs are never formed in the database.
 */
export async function readNetworkSlice(
  graph: GraphClient,
  filter: SliceFilter,
  stageDone: (stage: string) => void = () => {},
): Promise<NetworkSlice> {
  const projects = await graph.read<SliceProject>('analytics/network-projects', { ...filter });
  stageDone('read projects with members (Cypher)');
  const ids = [...new Set(projects.flatMap((project) => project.memberIds))].sort();
  const organisations = await graph.read<SliceOrganisation>('analytics/network-organisations', {
    ids,
  });
  organisations.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  stageDone('read organisations (Cypher)');
  return { projects, organisations };
}
