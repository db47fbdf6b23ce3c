import type { Driver } from 'neo4j-driver';

/**
 * A counter per database connection that every committed write moves on.
 * Derived results (the network analytics) are cached under the epoch they
 * were computed at, so an import or a curation edit makes them stale without
 * either path knowing about the analytics: both write through GraphClient,
 * which calls `advanceWriteEpoch` after each commit.
 */
const epochs = new WeakMap<Driver, number>();
const listeners = new WeakMap<Driver, Set<(epoch: number) => void>>();

export function writeEpoch(driver: Driver): number {
  return epochs.get(driver) ?? 0;
}

export function advanceWriteEpoch(driver: Driver): void {
  const next = writeEpoch(driver) + 1;
  epochs.set(driver, next);
  for (const listener of listeners.get(driver) ?? []) listener(next);
}

/** Calls `listener` after every write on this connection; returns the unsubscribe function. */
export function onWrite(driver: Driver, listener: (epoch: number) => void): () => void {
  const set = listeners.get(driver) ?? new Set();
  listeners.set(driver, set);
  set.add(listener);
  return () => set.delete(listener);
}
