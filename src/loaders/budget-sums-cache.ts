import type { Driver } from 'neo4j-driver';
import { isLaterEpoch, type WriteEpoch } from '../analytics/write-epoch.js';

/** The whole-graph budget sums, and the write epoch they were computed at. */
export interface BudgetSums {
  epoch: WriteEpoch & { generation: string };
  totalBudgetEur: number;
  euContributionEur: number;
}

/**
 * The budget sums this process last computed, per database connection and
 * database. Summing reads every project (35,000 at CORDIS scale), while the
 * sums change only with a write, and every write moves the write epoch on in
 * its own transaction. So `queries/graph-totals` is given the epoch of these
 * sums and sums again only when the database's epoch differs: a write
 * through any process on the database is seen by the next request.
 */
const sumsByDriver = new WeakMap<Driver, Map<string, BudgetSums>>();

export function knownBudgetSums(driver: Driver, database: string): BudgetSums | undefined {
  return sumsByDriver.get(driver)?.get(database);
}

/** Keeps `sums` unless sums of a later epoch are already kept (requests finish in any order). */
export function keepBudgetSums(driver: Driver, database: string, sums: BudgetSums): void {
  const byDatabase = sumsByDriver.get(driver) ?? new Map<string, BudgetSums>();
  sumsByDriver.set(driver, byDatabase);
  const kept = byDatabase.get(database);
  if (!kept || isLaterEpoch(sums.epoch, kept.epoch)) byDatabase.set(database, sums);
}
