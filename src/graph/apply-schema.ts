import type { GraphClient } from './graph-client.js';

/**
 * Applies every `cypher/schema/*.cypher` file in name order, one statement per
 * auto-commit transaction (schema and data never share a transaction), then
 * waits for the indexes to come online. Every statement is IF NOT EXISTS or a
 * backfill of what is still missing, so this runs at each start.
 */
export async function applySchema(graph: GraphClient): Promise<number> {
  let count = 0;
  for (const name of graph.cypher.names('schema/')) {
    for (const statement of graph.cypher.statementsOf(name)) {
      await graph.runSchemaStatement(statement);
      count += 1;
    }
  }
  await graph.runSchemaStatement('CALL db.awaitIndexes(300)');
  return count;
}
