import type { ParticipationRole } from '../../model/participation-role.enum.js';
import type {
  ConnectionProjection,
  ConnectionValues,
} from '../../projection/connection-projection.js';
import type { GraphClient } from '../graph-client.js';

/** The shortest chain as the statement returns it: all null when there is none. */
export interface ConnectionRow {
  unknownIds: string[];
  nodeIds: string[] | null;
  roles: ParticipationRole[] | null;
  organisations: ConnectionValues['organisations'] | null;
  countries: ConnectionValues['countries'];
  projects: ConnectionValues['projects'] | null;
}

/**
 * The shortest chain between two organisations, with the ids the graph
 * lacks, in one read; the chain's nodes carry the properties `projection`
 * names.
 */
export async function connection(
  graph: GraphClient,
  params: {
    fromId: string;
    toId: string;
    maxHops: number;
    projection: ConnectionProjection['params'];
  },
): Promise<ConnectionRow | undefined> {
  const { projection, ...ids } = params;
  const [row] = await graph.read<ConnectionRow>('queries/connection', { ...ids, ...projection });
  return row;
}
