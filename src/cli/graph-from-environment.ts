import { loadConfig, PROJECT_ROOT } from '../config.js';
import { applySchema } from '../graph/apply-schema.js';
import type { GraphClient } from '../graph/graph-client.js';
import { openGraph } from '../graph/open-graph.js';
import { defaultDistribution } from '../neo4j-local/neo4j-jars.js';
import { startLocalNeo4j, type LocalNeo4jOptions } from '../neo4j-local/local-neo4j.js';

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
 * For command-line tools: the graph the service would use (NEO4J_URI, or the
 * local Neo4j, started for the duration of the command), with the schema
 * applied. `localOptions` override the configured local Neo4j (another home,
 * port or memory sizes).
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
