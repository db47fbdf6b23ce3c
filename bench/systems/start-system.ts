import type { Neo4jSettings } from '../bench-graph.js';
import { startFloor } from './floor-server.js';
import { startNeo4jGraphql } from './neo4j-graphql-server.js';
import { startOurs } from './ours-server.js';
import type { RunningSystem } from './running-system.js';
import type { SystemName } from './system-name.js';

/** Starts one system in this process, on a free loopback port. */
export function startSystem(name: SystemName, settings: Neo4jSettings): Promise<RunningSystem> {
  switch (name) {
    case 'floor':
      return startFloor(settings);
    case 'neo4j-graphql':
      return startNeo4jGraphql(settings);
    case 'naive':
      return startOurs(settings, { batching: false });
    case 'ours':
      return startOurs(settings, { batching: true });
  }
}
