import type { GraphTransaction } from '../graph-client.js';
import type { StatementName } from '../statement-names.js';

/** The labels of the named entities editors create and update (with aliases and search keys). */
export type NamedEntityLabel = 'Organisation' | 'FundingSource' | 'Project';

/** The statement that write-locks an existing node of a label. */
const LOCK_STATEMENTS: Record<NamedEntityLabel, StatementName> = {
  Organisation: 'mutations/lock-organisation',
  FundingSource: 'mutations/lock-funding-source',
  Project: 'mutations/lock-project',
};

/** Write-locks a node until the transaction ends; false when no node of `label` has the id. */
export async function lockNamedEntity(
  tx: GraphTransaction,
  label: NamedEntityLabel,
  id: string,
): Promise<boolean> {
  const locked = await tx.run<{ id: string }>(LOCK_STATEMENTS[label], { id });
  return locked.length > 0;
}
