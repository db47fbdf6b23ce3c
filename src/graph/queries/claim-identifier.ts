import type { CanonicalIdentifier } from '../../domain/identifier.js';
import type { GraphTransaction } from '../graph-client.js';

/** Who holds an identifier, if anyone. */
export interface IdentifierOwner {
  ownerId: string | null;
  ownerLabel: string | null;
}

/**
 * Makes the identifier's node if it is missing and write-locks it until the
 * transaction ends, so of two writers the second sees the first's owner;
 * returns its current owner.
 */
export async function claimIdentifier(
  tx: GraphTransaction,
  identifier: CanonicalIdentifier,
): Promise<IdentifierOwner | undefined> {
  const [claim] = await tx.run<IdentifierOwner>('identity/claim-identifier', { ...identifier });
  return claim;
}
