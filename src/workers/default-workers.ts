import os from 'node:os';

/** Most workers `WORKERS` accepts: each holds a driver pool and an admission limit of its own. */
export const MAX_WORKERS = 64;

/**
 * Workers when `WORKERS` is not set: one per core when the database runs
 * elsewhere (NEO4J_URI); half the cores, at least one, when this machine
 * also runs the local Neo4j, whose JVM needs cores of its own.
 */
export function defaultWorkers(
  externalDatabase: boolean,
  cores: number = os.availableParallelism(),
): number {
  const wanted = externalDatabase ? cores : Math.floor(cores / 2);
  return Math.min(MAX_WORKERS, Math.max(1, wanted));
}
