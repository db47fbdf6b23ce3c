import { loadConfig, PROJECT_ROOT } from '../config.js';
import { applySchema } from '../graph/apply-schema.js';
import type { GraphClient } from '../graph/graph-client.js';
import { openGraph } from '../graph/open-graph.js';
import { defaultDistribution } from '../neo4j-local/neo4j-jars.js';
import { startLocalNeo4j, type LocalNeo4jOptions } from '../neo4j-local/local-neo4j.js';
import { runningLocalNeo4j } from '../neo4j-local/running-neo4j.js';

/** How to reach a Neo4j database. */
export interface Neo4jSettings {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export interface EnvironmentGraph {
  graph: GraphClient;
  settings: Neo4jSettings;
  /** True when this call started the Neo4j (a local one), false for NEO4J_URI. */
  local: boolean;
  /** Closes the driver and stops a Neo4j this call started. */
  close: () => Promise<void>;
}

/**
 * For command-line tools: the graph the service would use, with the schema
 * applied: NEO4J_URI; else the local Neo4j that `npm start` is running on the
 * same home, when it runs (the tool connects to it and leaves it running);
 * else the local Neo4j, started for the duration of the command.
 * `localOptions` override the configured local Neo4j (another home, port or
 * memory sizes).
 */
export async function graphFromEnvironment(
  log: (line: string) => void,
  localOptions: Partial<Omit<LocalNeo4jOptions, 'distribution' | 'log'>> = {},
): Promise<EnvironmentGraph> {
  const config = loadConfig();
  if (config.neo4j) {
    const settings: Neo4jSettings = {
      uri: config.neo4j.uri,
      user: config.neo4j.user,
      password: config.neo4j.password,
      database: config.neo4j.database,
    };
    const graph = openGraph(config.neo4j);
    try {
      await applySchema(graph);
    } catch (error) {
      await graph.driver.close();
      throw error;
    }
    return { graph, settings, local: false, close: () => graph.driver.close() };
  }
  const localHome = localOptions.homeDir ?? config.localNeo4j.homeDir;
  const localPort = localOptions.boltPort ?? config.localNeo4j.boltPort;
  const running = await runningLocalNeo4j(localHome, localPort);
  if (running) {
    log(`Using the Neo4j already running on ${localHome} (pid ${running.pid}, ${running.uri})`);
    const settings: Neo4jSettings = {
      uri: running.uri,
      user: running.user,
      password: running.password,
      database: 'neo4j',
    };
    const graph = openGraph(settings);
    try {
      await applySchema(graph);
    } catch (error) {
      await graph.driver.close();
      throw error;
    }
    return { graph, settings, local: false, close: () => graph.driver.close() };
  }
  const local = await startLocalNeo4j({
    ...config.localNeo4j,
    ...localOptions,
    distribution: defaultDistribution(PROJECT_ROOT),
    log,
  });
  const settings: Neo4jSettings = {
    uri: local.uri,
    user: local.user,
    password: local.password,
    database: 'neo4j',
  };
  const graph = openGraph(settings);
  try {
    await applySchema(graph);
  } catch (error) {
    await graph.driver.close();
    await local.stop();
    throw error;
  }
  return {
    graph,
    settings,
    local: true,
    close: async () => {
      await graph.driver.close();
      await local.stop();
    },
  };
}
