import type { Provenance } from '../../curation/provenance.js';
import type { Funding } from '../../model/funding.type.js';
import type { GraphTransaction } from '../graph-client.js';

/** Records that a funding source pays for a project (or changes the amount); undefined when an end is missing. */
export async function linkFunding(
  tx: GraphTransaction,
  params: Provenance & {
    projectId: string;
    fundingSourceId: string;
    props: Record<string, unknown>;
  },
): Promise<Funding | undefined> {
  const [row] = await tx.run<{ funding: Funding }>('mutations/link-funding', { ...params });
  return row?.funding;
}
