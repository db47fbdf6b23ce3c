import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import type { GraphClient } from '../../src/graph/graph-client.js';
import { benchGraphClient } from '../bench-cypher.js';

/** The machine and software a benchmark ran on. */
export interface Environment {
  date: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  neo4j: string;
  packages: Record<string, string>;
  graph: Record<string, number>;
}

const PACKAGES = [
  '@neo4j/graphql',
  '@apollo/server',
  'express',
  'type-graphql',
  'graphql',
  'dataloader',
  'neo4j-driver',
  'autocannon',
];

export async function describeEnvironment(graph: GraphClient): Promise<Environment> {
  const bench = benchGraphClient(graph);
  const [component] = await bench.read<{ version: string; edition: string }>(
    'fixtures/neo4j-version',
  );
  const [counts] = await bench.read<Record<string, number>>('fixtures/graph-counts');
  return {
    date: new Date().toISOString(),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    neo4j: component ? `${component.version} ${component.edition}` : 'unknown',
    packages: Object.fromEntries(PACKAGES.map((name) => [name, packageVersion(name)])),
    graph: counts ?? {},
  };
}

function packageVersion(name: string): string {
  try {
    const file = path.join(PROJECT_ROOT, 'node_modules', name, 'package.json');
    return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}
