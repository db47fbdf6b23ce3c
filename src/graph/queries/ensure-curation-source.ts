import type { GraphTransaction } from '../graph-client.js';

/** Makes an editor's curation Source if it is missing. */
export async function ensureCurationSource(
  tx: GraphTransaction,
  params: { sourceId: string; title: string; at: string },
): Promise<void> {
  await tx.run('mutations/ensure-curation-source', params);
}
