import type { GraphClient } from '../graph-client.js';

/** Two organisations and the projects they share. */
export interface PairProjects {
  source: string;
  target: string;
  projectIds: string[];
}

/** The projects each pair of organisations shares, within `sliceProjectIds` when given. */
export async function sharedProjectsOfPairs(
  graph: GraphClient,
  params: {
    pairs: Array<{ source: string; target: string }>;
    sliceProjectIds: string[] | null;
  },
): Promise<PairProjects[]> {
  return graph.read<PairProjects>('analytics/shared-projects-of-pairs', params);
}
