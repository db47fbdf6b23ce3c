import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../../src/neo4j-local/ports.js';
import { buildCommandLineTools, CLI, runCli, type CliRun } from '../helpers/cli-process.js';
import { SERVICE_MAIN } from '../helpers/service-process.js';
import { TEST_AUTH } from '../helpers/test-tokens.js';

const REAL = 'tests/fixtures/cordis-real/horizon-europe';
const PROJECT = 'cordis-101177609';

interface ProjectAnswer {
  data?: { project: { id: string; participations: { nodes: Array<{ role: string }> } } | null };
  errors?: unknown[];
}

// `npm start` with its own local Neo4j (no NEO4J_URI), and the import
// command run beside it on the same home: the command connects to the
// running database instead of asking for the service to stop, the import
// lands, and the service, which never stopped serving, answers it.
describe('the import command while the service runs its own local Neo4j', () => {
  let home: string;
  let url: string;
  let service: CliRun;
  const localEnv = (boltPort: number) => ({
    NEO4J_LOCAL_HOME: home,
    NEO4J_LOCAL_BOLT_PORT: String(boltPort),
    NEO4J_LOCAL_HEAP: '256m',
    NEO4J_LOCAL_PAGECACHE: '32m',
  });
  let boltPort: number;

  const askProject = async (): Promise<ProjectAnswer> => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `{ project(id: "${PROJECT}") { id participations(first: 50) { nodes { role } } } }`,
      }),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as ProjectAnswer;
  };

  beforeAll(async () => {
    buildCommandLineTools();
    home = mkdtempSync(path.join(os.tmpdir(), 'civprot-cli-beside-'));
    boltPort = await findFreePort();
    const port = await findFreePort();
    service = runCli(SERVICE_MAIN, [], {
      ...localEnv(boltPort),
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      SEED_ON_EMPTY: 'true',
      WORKERS: '1',
      AUTH_JWT_SECRET: TEST_AUTH.jwtSecret ?? '',
    });
    await service.waitForLine(/GraphQL ready at/);
    url = `http://127.0.0.1:${port}`;
  });

  afterAll(async () => {
    if (service && service.child.exitCode === null && service.child.signalCode === null) {
      service.child.kill('SIGTERM');
      await service.exited;
    }
    if (home) rmSync(home, { recursive: true, force: true });
  });

  it('import:cordis connects to the running database; the service answers the import without a restart', async () => {
    expect((await askProject()).data?.project).toBeNull();

    const cli = runCli(
      CLI.importCordis,
      [
        '--projects',
        path.join(REAL, 'project.csv'),
        '--organisations',
        path.join(REAL, 'organization.csv'),
      ],
      localEnv(boltPort),
    );
    // Readers keep being answered while the import runs.
    let answeredDuring = 0;
    let running = true;
    void cli.exited.then(() => {
      running = false;
    });
    while (running) {
      const answer = await askProject();
      expect(answer.errors).toBeUndefined();
      answeredDuring += 1;
    }
    const exit = await cli.exited;
    const output = cli.output.join('\n');
    expect(exit, output).toEqual({ code: 0, signal: null });
    expect(output).toContain(`Using the Neo4j already running on ${home}`);
    expect(output).toMatch(/Imported \d+ rows from source "cordis-project"/);
    expect(output).not.toMatch(/stop\W+npm start/i);
    expect(answeredDuring).toBeGreaterThan(0);

    // The service, never restarted, serves the imported project and its participants.
    const after = await askProject();
    expect(after.data?.project?.id).toBe(PROJECT);
    expect(after.data?.project?.participations.nodes.length).toBeGreaterThan(0);
    expect(service.child.exitCode).toBeNull();
    const health = await fetch(`${url}/health`);
    expect(health.status).toBe(200);
  });

  it('the dataset import command does the same, and a second run changes nothing it can see', async () => {
    const file = 'tests/fixtures/identity/cordis-style-partners.yaml';
    const first = runCli(CLI.import, [file], localEnv(boltPort));
    expect((await first.exited).code, first.output.join('\n')).toBe(0);
    expect(first.output.join('\n')).toContain('Using the Neo4j already running on');
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          '{ organisationByIdentifier(scheme: PIC, value: "999000002") { id identifiers { scheme value } } }',
      }),
    });
    const body = (await response.json()) as {
      data?: { organisationByIdentifier: { id: string; identifiers: unknown[] } | null };
    };
    expect(body.data?.organisationByIdentifier?.identifiers).toContainEqual({
      scheme: 'PIC',
      value: '999000002',
    });
    const second = runCli(CLI.import, [file], localEnv(boltPort));
    expect((await second.exited).code, second.output.join('\n')).toBe(0);
    expect(service.child.exitCode).toBeNull();
  });
});
