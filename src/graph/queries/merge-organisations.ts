import type { Provenance } from '../../curation/provenance.js';
import type { MergeOrganisationsInput } from '../../model/curation/merge-organisations.input.js';
import type { GraphTransaction } from '../graph-client.js';

/** What a merge moved from the merged organisation to the survivor. */
export interface MergeMoves {
  movedParticipations: number;
  movedEdges: number;
}

/**
 * Moves the merged organisation's edges to the survivor, links the claimed
 * name keys and records the resolution with its provenance.
 */
export async function mergeOrganisations(
  tx: GraphTransaction,
  params: Omit<MergeOrganisationsInput, 'citation'> &
    Provenance & { resolutionId: string; nameKeys: string[] },
): Promise<MergeMoves> {
  const [row] = await tx.run<MergeMoves>('mutations/merge-organisations', { ...params });
  return { movedParticipations: row?.movedParticipations ?? 0, movedEdges: row?.movedEdges ?? 0 };
}
