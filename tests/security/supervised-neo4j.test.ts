import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { applySchema } from '../../src/graph/apply-schema.js';
import { openGraph } from '../../src/graph/open-graph.js';
import { defaultDistribution } from '../../src/neo4j-local/neo4j-jars.js';
import { findFreePort, isPortFree } from '../../src/neo4j-local/ports.js';
import { isProcessAlive, waitForExit } from '../../src/neo4j-local/process-control.js';
import { superviseLocalNeo4j, type RestartPolicy } from '../../src/neo4j-local/supervised-neo4j.js';
import { capturedLogger } from '../helpers/captured-logger.js';
import { startTestService, type TestService } from '../helpers/test-service.js';
import { editorToken } from '../helpers/test-tokens.js';

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` up to `attempts` times, 500 ms apart; true as soon as it holds. */
async function within(attempts: number, check: () => Promise<boolean>): Promise<boolean> {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    if (await check().catch(() => false)) return true;
    await pause(500);
  }
  return false;
}

// Finding: `kill -9` of the Neo4j that `npm start` launched left the service
// up with /health 200 and /ready 503 for good. The supervisor restarts it on
// the same home and port; when it cannot, liveness fails so a process manager acts.
describe('the supervised local Neo4j', () => {
  const cleanup: Array<() => void | Promise<void>> = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  /** A supervised Neo4j of its own (temp home, free port, small heap), a graph and the HTTP service on it. */
  async function startStack(restart: RestartPolicy, onGiveUp?: (reason: string) => void) {
    const homeDir = mkdtempSync(path.join(os.tmpdir(), 'civprot-supervised-'));
    cleanup.push(() => rmSync(homeDir, { recursive: true, force: true }));
    const { logger, lines } = capturedLogger();
    const neo4j = await superviseLocalNeo4j({
      homeDir,
      distribution: defaultDistribution(PROJECT_ROOT),
      boltPort: await findFreePort(),
      password: 'supervised-test-password',
      heapSize: '256m',
      pageCacheSize: '32m',
      stopGraceMs: 20_000,
      // A bound on a JVM start, not a speed check: generous for a busy machine.
      readyTimeoutMs: 300_000,
      restart,
      logger,
      onGiveUp,
    });
    cleanup.push(() => neo4j.stop());
    const graph = openGraph({ ...neo4j, database: 'neo4j', retryMs: 500 });
    cleanup.push(() => graph.driver.close());
    await applySchema(graph);
    const api = await startTestService(graph, { liveness: neo4j.liveness });
    cleanup.push(() => api.stop());
    return { neo4j, graph, api, lines };
  }

  async function post(
    api: TestService,
    query: string,
    token?: string,
  ): Promise<{ status: number; body: GraphQLBody }> {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, body: (await response.json()) as GraphQLBody };
  }

  const createOrganisation = (id: string) =>
    `mutation { createOrganisation(input: { id: "${id}", name: "Supervised ${id}", kind: OTHER, countryCode: "EE" }) { id } }`;

  it(
    'restarts a Neo4j killed with SIGKILL under writes; acknowledged writes survive, none half-written',
    { timeout: 900_000 },
    async () => {
      const { neo4j, graph, api, lines } = await startStack({
        attempts: 5,
        backoffMs: 500,
        maxBackoffMs: 4_000,
      });
      const token = await editorToken('supervised-editor');
      expect((await fetch(`${api.url}/ready`)).status).toBe(200);

      // A stream of writes from 4 clients, 40 each at most; the kill lands after 12 acknowledgements.
      const attempted: string[] = [];
      const acknowledged: string[] = [];
      const writer = async (client: number): Promise<void> => {
        for (let i = 0; i < 40; i += 1) {
          const id = `supervised-${client}-${i}`;
          attempted.push(id);
          const { body } = await post(api, createOrganisation(id), token).catch(() => ({
            body: {} as GraphQLBody,
          }));
          const created = body.data?.createOrganisation as { id?: string } | null | undefined;
          if (created?.id === id && !body.errors) acknowledged.push(id);
        }
      };
      const killedPid = neo4j.pid;
      let acknowledgedBeforeKill: string[] = [];
      const killer = async (): Promise<void> => {
        for (let poll = 0; poll < 600 && acknowledged.length < 12; poll += 1) await pause(50);
        acknowledgedBeforeKill = [...acknowledged];
        process.kill(killedPid, 'SIGKILL');
      };
      await Promise.all([killer(), ...[0, 1, 2, 3].map(writer)]);
      expect(acknowledgedBeforeKill.length).toBeGreaterThanOrEqual(12);
      expect(await waitForExit(killedPid, 10_000)).toBe(true);

      // Liveness stays green while the supervisor restarts; readiness comes back by itself.
      const healthDuringOutage = (await fetch(`${api.url}/health`)).status;
      const readyAgain = await within(300, async () => {
        return (await fetch(`${api.url}/ready`)).status === 200;
      });
      expect(readyAgain, '/ready answered 200 again within 300 polls').toBe(true);
      expect(healthDuringOutage).toBe(200);
      // Bolt may answer /ready a moment before the supervisor's own start-up check returns.
      expect(await within(120, async () => neo4j.restarts === 1)).toBe(true);
      expect(neo4j.restarts).toBe(1);
      expect(neo4j.state).toBe('running');
      expect(neo4j.pid).not.toBe(killedPid);
      expect(isProcessAlive(neo4j.pid)).toBe(true);
      // Why it was restarted is in the log: the signal that ended it.
      expect(lines).toContainEqual(
        expect.objectContaining({
          signal: 'SIGKILL',
          pid: killedPid,
          msg: expect.stringContaining('exited unexpectedly (signal SIGKILL)'),
        }),
      );

      // The same service answers writes and reads again, on the same URI and password.
      const after = await post(api, createOrganisation('supervised-after'), token);
      expect(after.body.errors).toBeUndefined();
      const read = await post(api, '{ organisation(id: "supervised-after") { name } }');
      expect(read.body.data?.organisation).toEqual({ name: 'Supervised supervised-after' });

      // Crash recovery: every acknowledged write is there; nothing is half-written.
      const rows = await graph.read<{
        id: string;
        exists: boolean;
        sourced: boolean;
        located: boolean;
      }>('testing/organisation-completeness', { ids: attempted });
      const present = new Set(rows.filter((row) => row.exists).map((row) => row.id));
      expect(acknowledged.filter((id) => !present.has(id))).toEqual([]);
      for (const row of rows) {
        if (row.exists) expect(row, row.id).toMatchObject({ sourced: true, located: true });
      }

      // A deliberate stop is not a crash: nothing restarts it.
      const lastPid = neo4j.pid;
      const port = Number(new URL(neo4j.uri).port);
      await neo4j.stop();
      await pause(1_500); // three times the first backoff
      expect(neo4j.state).toBe('stopped');
      expect(neo4j.restarts).toBe(1);
      expect(isProcessAlive(lastPid)).toBe(false);
      expect(await isPortFree(port)).toBe(true);
    },
  );

  it(
    'fails liveness with the reason when the restart cannot succeed',
    { timeout: 600_000 },
    async () => {
      const reasons: string[] = [];
      const { neo4j, api, lines } = await startStack(
        { attempts: 1, backoffMs: 3_000, maxBackoffMs: 3_000 },
        (reason) => reasons.push(reason),
      );
      expect((await fetch(`${api.url}/health`)).status).toBe(200);

      // Kill it, then take its Bolt port before the restart comes.
      const port = Number(new URL(neo4j.uri).port);
      const killedPid = neo4j.pid;
      process.kill(killedPid, 'SIGKILL');
      expect(await waitForExit(killedPid, 10_000)).toBe(true);
      // Connections the driver opens to it are dropped, so that closing it does not wait for them.
      const blocker = net.createServer((socket) => socket.destroy());
      cleanup.push(() => new Promise<void>((resolve) => blocker.close(() => resolve())));
      const bound = await within(20, async () => {
        await new Promise<void>((resolve, reject) => {
          blocker.once('error', reject);
          blocker.listen(port, '127.0.0.1', () => resolve());
        });
        return true;
      });
      expect(bound, `port ${port} taken over`).toBe(true);

      const failing = await within(60, async () => {
        return (await fetch(`${api.url}/health`)).status === 503;
      });
      expect(failing, '/health answered 503 within 60 polls').toBe(true);
      const health = await fetch(`${api.url}/health`);
      expect(health.status).toBe(503);
      const body = (await health.json()) as { status: string; reason: string };
      expect(body.status).toBe('failing');
      expect(body.reason).toBe(
        'The local Neo4j died (signal SIGKILL) and could not be restarted after 1 attempt(s); see the log above for why.',
      );
      expect(reasons).toEqual([body.reason]);
      expect(neo4j.state).toBe('failed');
      expect(neo4j.restarts).toBe(0);
      // The log says why the restart failed, and that the supervisor gave up.
      expect(lines).toContainEqual(
        expect.objectContaining({
          msg: expect.stringContaining(`Port ${port} on 127.0.0.1 is already in use`),
        }),
      );
      expect(lines).toContainEqual(expect.objectContaining({ level: 60, msg: body.reason }));
      expect((await fetch(`${api.url}/ready`)).status).toBe(503);
    },
  );
});
