import type { GraphTransaction } from '../graph-client.js';
import type { StatementName } from '../statement-names.js';

/** The labels whose nodes an update write-locks first. */
export type LockableLabel = 'Organisation' | 'FundingSource' | 'Project';

/** The statement that write-locks an existing node of a label. */
const LOCK_STATEMENTS: Record<LockableLabel, StatementName> = {
  Organisation: 'mutations/lock-organisation',
  FundingSource: 'mutations/lock-funding-source',
  Project: 'mutations/lock-project',
};

/** Whether a label's nodes are locked before an update. */
export function isLockable(label: string): label is LockableLabel {
  return Object.hasOwn(LOCK_STATEMENTS, label);
}

/** Write-locks a node until the transaction ends; false when no node of `label` has the id. */
export async function lockNamedEntity(
  tx: GraphTransaction,
  label: LockableLabel,
  id: string,
): Promise<boolean> {
  const locked = await tx.run<{ id: string }>(LOCK_STATEMENTS[label], { id });
  return locked.length > 0;
}
