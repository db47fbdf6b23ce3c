import { rmSync } from 'node:fs';
import path from 'node:path';
import {
  graphFromEnvironment,
  type EnvironmentGraph,
  type Neo4jSettings,
} from '../src/cli/graph-from-environment.js';
import { loadConfig, PROJECT_ROOT } from '../src/config.js';
import { findFreePort } from '../src/neo4j-local/ports.js';

export type { Neo4jSettings };

/** Where the benchmark's own Neo4j keeps its data (git-ignored). */
export const BENCH_NEO4J_HOME = path.join(PROJECT_ROOT, 'var', 'bench-neo4j');

/** The benchmark database; `settings` are passed to the child processes. */
export type BenchGraph = EnvironmentGraph;

export interface BenchGraphOptions {
  /** Start from an empty database (local Neo4j only: its database files are removed first). */
  fresh?: boolean;
  heapSize?: string;
  pageCacheSize?: string;
  log?: (line: string) => void;
}

/**
 * The database the benchmark runs on: NEO4J_URI when set, otherwise a local
 * Neo4j started from the project's jars with its own home under
 * `var/bench-neo4j`, on a free port, with heap and page cache sized for the
 * `cordis` dataset. Constraints and indexes are applied either way.
 */
export async function openBenchGraph(options: BenchGraphOptions = {}): Promise<BenchGraph> {
  if (options.fresh && !loadConfig().neo4j) {
    for (const dir of ['databases/neo4j', 'transactions/neo4j']) {
      rmSync(path.join(BENCH_NEO4J_HOME, 'data', dir), { recursive: true, force: true });
    }
  }
  return graphFromEnvironment(options.log ?? (() => {}), {
    homeDir: BENCH_NEO4J_HOME,
    boltPort: await findFreePort(),
    heapSize: options.heapSize ?? '4g',
    pageCacheSize: options.pageCacheSize ?? '4g',
    // With a 4 GB heap and a CORDIS-sized store, start-up on a busy 2-core
    // machine has taken over the launcher's usual 120 s.
    readyTimeoutMs: 600_000,
  });
}
