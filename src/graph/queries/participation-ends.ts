import type { ParticipationKeyInput } from '../../model/curation/participation.input.js';
import type { GraphTransaction } from '../graph-client.js';

/** Which of a partnership edge's ends exist, and whether the edge does. */
export interface ParticipationEnds {
  organisationExists: boolean;
  projectExists: boolean;
  edgeExists: boolean;
}

/** Whether the organisation, the project and the edge with this role exist. */
export async function participationEnds(
  tx: GraphTransaction,
  key: ParticipationKeyInput,
): Promise<ParticipationEnds | undefined> {
  const [ends] = await tx.run<ParticipationEnds>('mutations/participation-ends', { ...key });
  return ends;
}
