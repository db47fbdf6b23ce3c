import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { PROJECT_ROOT } from '../../src/config.js';
import { defaultDistribution } from '../../src/neo4j-local/neo4j-jars.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j-local/local-neo4j.js';
import { findFreePort } from '../../src/neo4j-local/ports.js';
import { chromiumMissing } from './chromium-browser.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string; database: string };
    neo4jHome: string;
  }
}

let server: LocalNeo4j | undefined;
let home: string | undefined;

/**
 * Starts a throwaway Neo4j on a free port with its own temporary home, unless
 * NEO4J_URI points the tests at an existing database (which they will wipe).
 */
export async function setup(project: TestProject): Promise<void> {
  // Checked first: a machine without the browser learns the one-line fix at
  // once, instead of from a dozen failed browser tests at the end of the run.
  const missing = chromiumMissing();
  if (missing) throw new Error(missing);
  if (process.env.NEO4J_URI) {
    project.provide('neo4j', {
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      database: process.env.NEO4J_DATABASE ?? 'neo4j',
    });
    project.provide('neo4jHome', '');
    return;
  }
  home = mkdtempSync(path.join(os.tmpdir(), 'civprot-test-neo4j-'));
  const started = Date.now();
  server = await startLocalNeo4j({
    homeDir: home,
    distribution: defaultDistribution(PROJECT_ROOT),
    boltPort: await findFreePort(),
    password: randomBytes(12).toString('base64url'),
    heapSize: '768m',
    pageCacheSize: '128m',
    stopGraceMs: 20_000,
    // A loaded build machine can take minutes to start a JVM; the tests wait rather than fail.
    readyTimeoutMs: 300_000,
  });
  console.log(`Test Neo4j ready on ${server.uri} in ${Date.now() - started} ms`);
  project.provide('neo4j', {
    uri: server.uri,
    user: server.user,
    password: server.password,
    database: 'neo4j',
  });
  project.provide('neo4jHome', home);
}

export async function teardown(): Promise<void> {
  await server?.stop();
  if (home) rmSync(home, { recursive: true, force: true });
}
