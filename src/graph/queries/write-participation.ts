import type { Provenance } from '../../curation/provenance.js';
import type { Participation } from '../../model/participation.type.js';
import type { GraphTransaction } from '../graph-client.js';

/** One partnership edge and the task and note given for it. */
export type ParticipationWrite = Provenance & {
  organisationId: string;
  projectId: string;
  role: string;
  props: Record<string, unknown>;
};

/**
 * Adds a partnership edge (`add`) or changes one (`update`); the edge as
 * written, or undefined when there was nothing to do (the edge already
 * existed, or did not).
 */
export async function writeParticipation(
  tx: GraphTransaction,
  how: 'add' | 'update',
  params: ParticipationWrite,
): Promise<Participation | undefined> {
  const [row] = await tx.run<{ participation: Participation }>(
    how === 'add' ? 'mutations/add-participation' : 'mutations/update-participation',
    { ...params },
  );
  return row?.participation;
}
