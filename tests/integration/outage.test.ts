import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { applySchema } from '../../src/graph/apply-schema.js';
import type { GraphClient } from '../../src/graph/graph-client.js';
import { openGraph } from '../../src/graph/open-graph.js';
import { importDatasets } from '../../src/import/import-datasets.js';
import { readSeedFiles } from '../../src/import/seed-files.js';
import {
  startLocalNeo4j,
  type LocalNeo4j,
  type LocalNeo4jOptions,
} from '../../src/neo4j-local/local-neo4j.js';
import { defaultDistribution } from '../../src/neo4j-local/neo4j-jars.js';
import { findFreePort } from '../../src/neo4j-local/ports.js';
import { startTestService, type TestService } from '../helpers/test-service.js';
import { editorToken } from '../helpers/test-tokens.js';

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** Polls until `check` holds, at most `timeoutMs`; fails the test with `what` otherwise. */
async function eventually(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what} did not happen within ${timeoutMs} ms`);
}

// The service keeps running while its database goes away, answers fast masked
// errors and "not ready", and recovers by itself when the database is back.
describe('database outage', () => {
  let neo4j: LocalNeo4j | undefined;
  let options: LocalNeo4jOptions;
  let graph: GraphClient;
  let api: TestService;
  let token: string;

  beforeAll(async () => {
    // A Neo4j of its own: this test stops and restarts it.
    options = {
      homeDir: mkdtempSync(path.join(os.tmpdir(), 'civprot-outage-')),
      distribution: defaultDistribution(PROJECT_ROOT),
      boltPort: await findFreePort(),
      password: 'outage-test-password',
      heapSize: '384m',
      pageCacheSize: '64m',
      stopGraceMs: 20_000,
    };
    neo4j = await startLocalNeo4j(options);
    graph = openGraph({ ...neo4j, database: 'neo4j', retryMs: 500 });
    await applySchema(graph);
    await importDatasets(graph, readSeedFiles());
    api = await startTestService(graph, { readyCacheMs: 0 });
    token = await editorToken('outage-editor');
  });

  afterAll(async () => {
    await api?.stop();
    await graph?.driver.close();
    await neo4j?.stop();
    rmSync(options.homeDir, { recursive: true, force: true });
  });

  async function post(
    query: string,
    withToken = false,
  ): Promise<{ status: number; body: GraphQLBody }> {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(withToken ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, body: (await response.json()) as GraphQLBody };
  }

  const createOrganisation = (i: number) =>
    `mutation { createOrganisation(input: { id: "outage-org-${i}", name: "Outage Organisation ${i}", kind: OTHER, countryCode: "EE" }) { id } }`;

  it('fails fast with masked errors while Neo4j is down and recovers without a restart', async () => {
    expect((await fetch(`${api.url}/ready`)).status).toBe(200);

    // Mutations in flight while the database stops: each one all or nothing.
    const inFlight = Array.from({ length: 12 }, (_, i) => post(createOrganisation(i), true));
    await neo4j?.stop();
    neo4j = undefined;
    await Promise.all(inFlight);

    // The process is alive, says it is not ready, and answers a stream of queries with masked errors.
    expect((await fetch(`${api.url}/health`)).status).toBe(200);
    const ready = await fetch(`${api.url}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'unavailable', reason: 'database unreachable' });
    for (let i = 0; i < 5; i += 1) {
      const { body } = await post('{ organisation(id: "msb") { name } }');
      expect(body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
      expect(body.errors?.[0]?.message).toBe(
        'The database is unavailable right now; try again in a few seconds.',
      );
      expect(JSON.stringify(body)).not.toMatch(/bolt|ECONNREFUSED|Neo4jError|127\.0\.0\.1/);
    }
    const refusedWrite = await post(createOrganisation(99), true);
    expect(refusedWrite.body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');

    // Neo4j comes back on the same home and port; the service notices by itself.
    neo4j = await startLocalNeo4j(options);
    await eventually(
      '/ready answering 200',
      async () => (await fetch(`${api.url}/ready`)).status === 200,
    );
    await eventually('a query succeeding', async () => {
      const { body } = await post('{ organisation(id: "msb") { name } }');
      return body.data?.organisation !== undefined && body.errors === undefined;
    });

    // No partial writes: every organisation that exists has its provenance and country too.
    const ids = [...Array.from({ length: 12 }, (_, i) => `outage-org-${i}`), 'outage-org-99'];
    const rows = await graph.read<{
      id: string;
      exists: boolean;
      sourced: boolean;
      located: boolean;
    }>('testing/organisation-completeness', { ids });
    for (const row of rows) {
      if (row.exists) expect(row, row.id).toMatchObject({ sourced: true, located: true });
    }
    expect(rows.find((row) => row.id === 'outage-org-99')?.exists).toBe(false);
  });
});
