import path from 'node:path';
import { PROJECT_ROOT } from '../src/config.js';
import { CypherLibrary } from '../src/graph/cypher-library.js';
import { GraphClient } from '../src/graph/graph-client.js';

/** The benchmark's own statements (floor, fixtures, @cypher fields), by name. */
export const BENCH_CYPHER_DIR = path.join(PROJECT_ROOT, 'bench', 'cypher');

let library: CypherLibrary | undefined;

/**
 * The benchmark's statements, read from disk once per process: the settle
 * probe asks for a client after every load, and the files do not change
 * while a run lasts.
 */
export function benchCypher(): CypherLibrary {
  library ??= CypherLibrary.load(BENCH_CYPHER_DIR);
  return library;
}

/** A client on the same driver that runs the benchmark's statements. */
export function benchGraphClient(graph: GraphClient): GraphClient<string> {
  return new GraphClient<string>(graph.driver, benchCypher(), { database: graph.database });
}

/** A statement's text without its `//` comment lines (for embedding in type definitions). */
export function statementText(library: CypherLibrary, name: string): string {
  return library
    .get(name)
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .trim();
}
