import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildDataset } from '../../bench/dataset/build-dataset.js';
import { SCALES } from '../../bench/dataset/scales.js';
import { writeDataset } from '../../bench/dataset/write-dataset.js';
import type { GraphClient } from '../../src/graph/graph-client.js';
import { isProcessAlive } from '../../src/neo4j-local/process-control.js';
import { buildCommandLineTools, CLI, runCli } from '../helpers/cli-process.js';
import { countsOf, graphChecksum, openTestGraph, resetAndSeed } from '../helpers/test-graph.js';

const PROJECTS = 4_200;

interface OpenImport {
  transactionId: string;
  importId: string;
  rows: number;
  status: string;
}

/** Polls until no import transaction is open on the server (the kill's rollback is done). */
async function untilNoImportIsOpen(graph: GraphClient): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    if ((await graph.read<OpenImport>('testing/open-imports')).length === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('an import transaction stayed open after its process was killed');
}

// The import command as users run it, in its own process, against the test Neo4j.
describe('an import killed with SIGKILL leaves the graph as before it; run again, as after it', () => {
  let graph: GraphClient;
  let dataDir: string;
  let paths: string[];
  const neo4jEnv = () => {
    const settings = inject('neo4j');
    return {
      NEO4J_URI: settings.uri,
      NEO4J_USER: settings.user,
      NEO4J_PASSWORD: settings.password,
      NEO4J_DATABASE: settings.database,
    };
  };

  beforeAll(async () => {
    graph = openTestGraph();
    await resetAndSeed(graph);
    buildCommandLineTools();
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'civprot-import-crash-'));
    // A generated dataset between the benchmark's `medium` and `cordis` sizes
    // (4,200 projects, 7,000 organisations, about 55,000 rows): more rows than
    // an import used to write in one transaction, and large enough that the
    // kill lands between statements.
    const scale = { ...SCALES.medium, projects: PROJECTS, organisations: 7_000 };
    paths = writeDataset(buildDataset(scale, 3).files, dataDir);
  });

  afterAll(async () => {
    await graph?.driver.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('SIGKILL part-way: readers never see a row of it, and after the kill the graph is as before', async () => {
    const before = await graphChecksum(graph);
    const run = runCli(CLI.import, paths, neo4jEnv());
    // Printed after a statement ran inside the still-open transaction.
    const progress = await run.waitForLine(/^\d+\/\d+ rows \(/);
    const [written, total] = (/^(\d+)\/(\d+)/.exec(progress) ?? []).slice(1).map(Number);
    const open = await graph.read<OpenImport>('testing/open-imports');
    // A reader during the import sees the graph as it was.
    const duringImport = await graphChecksum(graph);
    run.child.kill('SIGKILL');
    const exit = await run.exited;

    console.log(
      `killed at "${progress}"; open import transaction then: ${JSON.stringify(open)}; ` +
        `output ended with: ${run.output.slice(-2).join(' | ')}`,
    );
    // The kill landed part-way: some statements had run, others had not, and
    // the import's transaction was open on the server.
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThan(total ?? 0);
    expect(exit.signal).toBe('SIGKILL');
    expect(run.output.some((line) => line.startsWith('Imported'))).toBe(false);

    expect(duringImport).toBe(before);
    await untilNoImportIsOpen(graph);
    expect(await graphChecksum(graph)).toBe(before);
    expect(open.length).toBe(1);
  }, 600_000);

  it('the same import run again completes, and a third run changes nothing', async () => {
    const before = await countsOf(graph);
    const beforeChecksum = await graphChecksum(graph);
    const run = runCli(CLI.import, paths, neo4jEnv());
    expect(await run.exited).toEqual({ code: 0, signal: null });
    expect(run.output.at(-1)).toMatch(/^Imported \d+ file\(s\), \d+ rows\.$/);
    const after = await graphChecksum(graph);
    expect(after).not.toBe(beforeChecksum);
    const counts = await countsOf(graph);
    expect((counts.Project ?? 0) - (before.Project ?? 0)).toBe(PROJECTS);

    const again = runCli(CLI.import, paths, neo4jEnv());
    expect((await again.exited).code).toBe(0);
    expect(await graphChecksum(graph)).toBe(after);
  }, 900_000);

  it('with no NEO4J_URI, the command uses the local Neo4j already running on its home and leaves it running', async () => {
    const home = inject('neo4jHome');
    if (!home) return; // the run uses an external NEO4J_URI: there is no local home
    const { uri, password } = inject('neo4j');
    const port = new URL(uri).port;
    const pid = Number(readFileSync(path.join(home, 'run', 'neo4j.pid'), 'utf8'));
    // The home keeps its password in `password`, as `npm start` writes it.
    const passwordFile = path.join(home, 'password');
    if (!existsSync(passwordFile)) writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });

    const run = runCli(
      CLI.importCordis,
      [
        '--projects',
        'tests/fixtures/cordis/valid/project.csv',
        '--organisations',
        'tests/fixtures/cordis/valid/organization.csv',
      ],
      { NEO4J_LOCAL_HOME: home, NEO4J_LOCAL_BOLT_PORT: port },
    );
    const exit = await run.exited;
    expect(run.output.join('\n')).toContain(
      `Using the Neo4j already running on ${home} (pid ${pid}`,
    );
    expect(exit).toEqual({ code: 0, signal: null });
    expect(isProcessAlive(pid)).toBe(true);
    const [row] = await graph.read<{ labels: string[] }>('testing/node-by-id', {
      id: 'cordis-700395',
      label: 'Project',
    });
    expect(row).toBeDefined();
  });
});
