import type { Neo4jSettings } from '../bench-graph.js';
import type { RunningSystem } from './running-system.js';
import type { SystemName } from './system-name.js';

/**
 * Starts one system in this process, on a free loopback port. Each system's
 * modules are imported only when it starts, so a system's process holds no
 * other system's code and its resident memory is its own.
 */
export async function startSystem(
  name: SystemName,
  settings: Neo4jSettings,
): Promise<RunningSystem> {
  switch (name) {
    case 'floor':
      return (await import('./floor-server.js')).startFloor(settings);
    case 'neo4j-graphql':
      return (await import('./neo4j-graphql-server.js')).startNeo4jGraphql(settings);
    case 'naive':
      return (await import('./ours-server.js')).startOurs(settings, { batching: false });
    case 'ours':
      return (await import('./ours-server.js')).startOurs(settings, { batching: true });
    case 'bare':
      return (await import('./bare-stack-server.js')).startBareStack(settings);
  }
}
