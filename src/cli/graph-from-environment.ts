import { loadConfig, PROJECT_ROOT } from '../config.js';
import { applySchema } from '../graph/apply-schema.js';
import type { GraphClient } from '../graph/graph-client.js';
import { openGraph } from '../graph/open-graph.js';
import { defaultDistribution } from '../neo4j-local/neo4j-jars.js';
import { startLocalNeo4j } from '../neo4j-local/local-neo4j.js';

/**
 * For command-line tools: the graph the service would use (NEO4J_URI, or the
 * local Neo4j, started for the duration of the command), with the schema
 * applied. `close()` closes the driver and stops a Neo4j it started.
 */
export async function graphFromEnvironment(
  log: (line: string) => void,
): Promise<{ graph: GraphClient; close: () => Promise<void> }> {
  const config = loadConfig();
  if (config.neo4j) {
    const graph = openGraph(config.neo4j);
    await applySchema(graph);
    return { graph, close: () => graph.driver.close() };
  }
  const local = await startLocalNeo4j({
    ...config.localNeo4j,
    distribution: defaultDistribution(PROJECT_ROOT),
    log,
  });
  const graph = openGraph({ ...local, database: 'neo4j' });
  try {
    await applySchema(graph);
  } catch (error) {
    await graph.driver.close();
    await local.stop();
    throw error;
  }
  return {
    graph,
    close: async () => {
      await graph.driver.close();
      await local.stop();
    },
  };
}
