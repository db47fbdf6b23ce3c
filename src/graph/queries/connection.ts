import type { Organisation } from '../../model/organisation.type.js';
import type { ParticipationRole } from '../../model/participation-role.enum.js';
import type { Project } from '../../model/project.type.js';
import type { GraphClient } from '../graph-client.js';

/** The shortest chain as the statement returns it: all null when there is none. */
export interface ConnectionRow {
  unknownIds: string[];
  nodeIds: string[] | null;
  roles: ParticipationRole[] | null;
  organisations: Organisation[] | null;
  projects: Project[] | null;
}

/** The shortest chain between two organisations, with the ids the graph lacks, in one read. */
export async function connection(
  graph: GraphClient,
  params: { fromId: string; toId: string; maxHops: number },
): Promise<ConnectionRow | undefined> {
  const [row] = await graph.read<ConnectionRow>('queries/connection', params);
  return row;
}
