import type { Driver } from 'neo4j-driver';

/**
 * How far the database's writes have gone: a counter node in Neo4j that every
 * write transaction moves on before it commits (GraphClient runs
 * cypher/analytics/advance-write-epoch in each). Derived results (the network
 * analytics) are cached under the epoch they were computed at, so a write
 * through any service process on the database (an import or a curation edit)
 * makes every process's cached answers stale, without either path knowing
 * about the analytics. `generation` is made up when the node is created, so a
 * database emptied and written again never repeats an earlier epoch.
 */
export interface WriteEpoch {
  /** Null before the first write. */
  generation: string | null;
  value: number;
}

/** A text naming the epoch exactly, for cache keys. */
export function epochKey(epoch: WriteEpoch): string {
  return `${epoch.generation ?? '-'}:${epoch.value}`;
}

/** True when `a` is a later epoch than `b` (another generation counts as later: the database was refilled). */
export function isLaterEpoch(a: WriteEpoch, b: WriteEpoch): boolean {
  return a.generation !== b.generation || a.value > b.value;
}

/**
 * Commits made by this process, per database connection: they tell the
 * analytics to refresh the whole network soon (a write through another
 * process is noticed by the next request, which reads the epoch).
 */
const listeners = new WeakMap<Driver, Set<() => void>>();

export function announceWrite(driver: Driver): void {
  for (const listener of listeners.get(driver) ?? []) listener();
}

/** Calls `listener` after every write this process commits on this connection; returns the unsubscribe function. */
export function onWrite(driver: Driver, listener: () => void): () => void {
  const set = listeners.get(driver) ?? new Set();
  listeners.set(driver, set);
  set.add(listener);
  return () => set.delete(listener);
}
