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

/** One node or relationship of the whole-graph fingerprint. */
export interface FingerprintRow {
  kind: 'node' | 'relationship';
  labels: string[];
  key: string | null;
  fromKey: string | null;
  toKey: string | null;
  properties: Record<string, unknown>;
}

/** The value with every object's keys in sorted order, so equal data serialises equally. */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, inner]) => [key, canonical(inner)]),
    );
  }
  return value;
}

/**
 * Every node and relationship with all its properties, one sorted line each,
 * keyed by ids (not internal element ids) so that equal graphs compare equal.
 * Serialised here: Cypher's toString() does not accept maps or lists.
 */
export async function graphFingerprint(graph: GraphClient): Promise<string[]> {
  const rows = await graph.read<FingerprintRow>('testing/graph-fingerprint');
  return rows.map((row) => JSON.stringify(canonical(row))).sort();
}

/** A hash of the whole graph, to prove that something changed nothing. */
export async function graphChecksum(graph: GraphClient): Promise<string> {
  return createHash('sha256')
    .update((await graphFingerprint(graph)).join('\n'))
    .digest('hex');
}

/** Nodes per label / edges per type, for count assertions. */
export async function countsOf(graph: GraphClient): Promise<Record<string, number>> {
  const rows = await graph.read<{ key: string; count: number }>('testing/counts');
  return Object.fromEntries(rows.map((row) => [row.key, row.count]));
}
