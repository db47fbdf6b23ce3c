import { rmSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../src/config.js';
import { applySchema } from '../src/graph/apply-schema.js';
import type { GraphClient } from '../src/graph/graph-client.js';
import { openGraph } from '../src/graph/open-graph.js';
import { defaultDistribution } from '../src/neo4j-local/neo4j-jars.js';
import { startLocalNeo4j } from '../src/neo4j-local/local-neo4j.js';
import { findFreePort } from '../src/neo4j-local/ports.js';

/** Where the benchmark's own Neo4j keeps its data (git-ignored). */
export const BENCH_NEO4J_HOME = path.join(PROJECT_ROOT, 'var', 'bench-neo4j');

/** How to reach the benchmark database; passed to the child processes. */
export interface Neo4jSettings {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export interface BenchGraph {
  graph: GraphClient;
  settings: Neo4jSettings;
  /** True when the benchmark started this Neo4j (its own home), false for NEO4J_URI. */
  local: boolean;
  close(): Promise<void>;
}

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
  const config = loadConfig();
  if (config.neo4j) {
    const settings: Neo4jSettings = {
      uri: config.neo4j.uri,
      user: config.neo4j.user,
      password: config.neo4j.password,
      database: config.neo4j.database,
    };
    const graph = openGraph(settings);
    await applySchema(graph);
    return { graph, settings, local: false, close: () => graph.driver.close() };
  }
  if (options.fresh) {
    for (const dir of ['databases/neo4j', 'transactions/neo4j']) {
      rmSync(path.join(BENCH_NEO4J_HOME, 'data', dir), { recursive: true, force: true });
    }
  }
  const server = await startLocalNeo4j({
    homeDir: BENCH_NEO4J_HOME,
    distribution: defaultDistribution(PROJECT_ROOT),
    boltPort: await findFreePort(),
    heapSize: options.heapSize ?? '4g',
    pageCacheSize: options.pageCacheSize ?? '4g',
    log: options.log,
  });
  const settings: Neo4jSettings = {
    uri: server.uri,
    user: server.user,
    password: server.password,
    database: 'neo4j',
  };
  const graph = openGraph(settings);
  try {
    await applySchema(graph);
  } catch (error) {
    await graph.driver.close();
    await server.stop();
    throw error;
  }
  return {
    graph,
    settings,
    local: true,
    close: async () => {
      await graph.driver.close();
      await server.stop();
    },
  };
}
