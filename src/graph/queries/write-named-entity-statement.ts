import type { Provenance } from '../../curation/provenance.js';
import type { NamedRow } from '../../curation/search-keys.js';
import type { GraphTransaction } from '../graph-client.js';
import type { StatementName } from '../statement-names.js';
import type { NamedEntityLabel } from './lock-named-entity.js';

/** The statements that create and update a named entity and return its names. */
const WRITE_STATEMENTS: Record<NamedEntityLabel, Record<'create' | 'update', StatementName>> = {
  Organisation: {
    create: 'mutations/create-organisation',
    update: 'mutations/update-organisation',
  },
  FundingSource: {
    create: 'mutations/create-funding-source',
    update: 'mutations/update-funding-source',
  },
  Project: { create: 'mutations/create-project', update: 'mutations/update-project' },
};

/**
 * Runs one create or update of a named entity; its names as written, or
 * undefined when an update found no node with the id.
 */
export async function writeNamedEntityStatement(
  tx: GraphTransaction,
  write: { label: NamedEntityLabel; creating: boolean },
  params: Provenance & { id: string; nameKeys: string[] } & Record<string, unknown>,
): Promise<NamedRow | undefined> {
  const statement = WRITE_STATEMENTS[write.label][write.creating ? 'create' : 'update'];
  const [row] = await tx.run<NamedRow>(statement, params);
  return row;
}
