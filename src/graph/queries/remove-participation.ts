import type { ParticipationKeyInput } from '../../model/curation/participation.input.js';
import type { GraphTransaction } from '../graph-client.js';

/** Removes a partnership edge; false when there was none. */
export async function removeParticipation(
  tx: GraphTransaction,
  key: ParticipationKeyInput,
): Promise<boolean> {
  const [row] = await tx.run<{ removed: number }>('mutations/remove-participation', { ...key });
  return !!row && row.removed !== 0;
}
