import { createHash } from 'node:crypto';
import { inject } from 'vitest';
import { applySchema } from '../../src/graph/apply-schema.js';
import type { GraphClient } from '../../src/graph/graph-client.js';
import { openGraph } from '../../src/graph/open-graph.js';
import { importDatasets } from '../../src/import/import-datasets.js';
import { readSeedFiles } from '../../src/import/seed-files.js';

/** A client on the test run's Neo4j (started by the global set-up). */
export function openTestGraph(): GraphClient {
  return openGraph(inject('neo4j'));
}

/** Empties the database, applies constraints and indexes. */
export async function resetGraph(graph: GraphClient): Promise<void> {
  const session = graph.driver.session({ database: graph.database });
  try {
    // `CALL { } IN TRANSACTIONS` needs an implicit (auto-commit) transaction.
    await session.run(graph.cypher.get('testing/delete-everything'));
  } finally {
    await session.close();
  }
  await applySchema(graph);
}

/** An empty graph with the curated seed loaded. */
export async function resetAndSeed(graph: GraphClient): Promise<void> {
  await resetGraph(graph);
  await importDatasets(graph, readSeedFiles());
}

/** A fingerprint of all nodes, edges and properties, to prove nothing changed. */
export async function graphChecksum(graph: GraphClient): Promise<string> {
  const [row] = await graph.read('testing/graph-checksum');
  return createHash('sha256').update(JSON.stringify(row)).digest('hex');
}

/** Nodes per label / edges per type, for count assertions. */
export async function countsOf(graph: GraphClient): Promise<Record<string, number>> {
  const rows = await graph.read<{ key: string; count: number }>('testing/counts');
  return Object.fromEntries(rows.map((row) => [row.key, row.count]));
}
