import 'reflect-metadata';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { randomBytes } from 'node:crypto';
import { Command } from 'commander';
import pino from 'pino';
import { mintToken } from '../src/auth/mint-token.js';
import { Role } from '../src/auth/role.js';
import { createTokenVerifier } from '../src/auth/token-verifier.js';
import { PROJECT_ROOT } from '../src/config.js';
import { applySchema } from '../src/graph/apply-schema.js';
import { openGraph } from '../src/graph/open-graph.js';
import { importDatasets } from '../src/import/import-datasets.js';
import { readSeedFiles } from '../src/import/seed-files.js';
import { startLocalNeo4j } from '../src/neo4j-local/local-neo4j.js';
import { defaultDistribution } from '../src/neo4j-local/neo4j-jars.js';
import { findFreePort } from '../src/neo4j-local/ports.js';
import { createService } from '../src/server.js';
import { ANALYST_QUERIES } from './analyst-queries.js';
import { runDocumentFuzzer } from './document-fuzz.js';
import { judgeCassette, type FuzzVerdict } from './fuzz-verdict.js';

/** Token settings of the throwaway service (its secret is made up per run). */
const FUZZ_AUTH = {
  issuer: 'civprot-graph',
  audience: 'civprot-graph-api',
  reads: 'public' as const,
};

/**
 * `npm run load`: a load test of the real service over loopback HTTP — a
 * throwaway Neo4j with the seed and the service, unless --url points at a
 * running one — with autocannon sending the analyst query mix; every response
 * body is checked for GraphQL errors. With --fuzz, Schemathesis then fuzzes
 * the GraphQL schema (installed from PyPI into var/fuzz-venv), and our
 * document fuzzer sends hostile documents (fragment trees, chains, diamonds,
 * alias floods, random walks hidden in fragments); neither may find a server
 * error. Writes the figures to bench/results/reliability.json.
 */
const program = new Command()
  .name('load-test')
  .option('--url <url>', 'a running service (default: start one)')
  .option('--connections <n>', 'concurrent connections', '50')
  .option('--duration <seconds>', 'seconds of load after a 5 s warm-up', '60')
  .option('--fuzz', 'also run the Schemathesis GraphQL fuzzer')
  .option('--fuzz-examples <n>', 'examples per field for the fuzzer', '50')
  .option('--fuzz-documents <n>', 'hostile documents the document fuzzer sends', '2000')
  .option('--fuzz-seed <n>', 'seed of the document fuzzer', '1')
  .action(
    async (options: {
      url?: string;
      connections: string;
      duration: string;
      fuzz?: boolean;
      fuzzExamples: string;
      fuzzDocuments: string;
      fuzzSeed: string;
    }) => {
      const cleanup: Array<() => Promise<void>> = [];
      const serviceErrors = { count: 0 };
      try {
        const secret = randomBytes(32).toString('base64url');
        const url = options.url ?? (await startThrowawayService(cleanup, serviceErrors, secret));
        await run(url, 5, Number(options.connections)); // warm-up, not recorded
        const result = await run(url, Number(options.duration), Number(options.connections));
        // The fuzzer curates as an editor too (on the throwaway graph only).
        const token = options.url
          ? undefined
          : await mintToken(FUZZ_AUTH, secret, {
              subject: 'fuzzer',
              roles: [Role.READER, Role.EDITOR],
              expiresIn: '2h',
            });
        const fuzz = options.fuzz
          ? await runFuzzer(url, Number(options.fuzzExamples), token)
          : undefined;
        const documentFuzz = options.fuzz
          ? await runDocumentFuzzer(url, {
              seed: Number(options.fuzzSeed),
              count: Number(options.fuzzDocuments),
              concurrency: 8,
              token,
            })
          : undefined;
        // Errors the service logged (masked from clients): a started service only.
        const internalErrors = options.url ? null : serviceErrors.count;
        const report = {
          date: new Date().toISOString(),
          url,
          ...result,
          internalErrors,
          fuzz,
          documentFuzz,
        };
        const file = path.join(PROJECT_ROOT, 'bench', 'results', 'reliability.json');
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
        console.log(JSON.stringify(report, null, 2));
        const failed =
          result.httpErrors > 0 ||
          result.graphqlErrors > 0 ||
          (internalErrors ?? 0) > 0 ||
          (fuzz !== undefined && !fuzz.passed) ||
          (documentFuzz !== undefined && !documentFuzz.passed);
        process.exitCode = failed ? 1 : 0;
      } finally {
        for (const step of cleanup.reverse()) await step();
      }
    },
  );

/** A Neo4j in a temporary home, the seed, and the service on a free port. */
async function startThrowawayService(
  cleanup: Array<() => Promise<void>>,
  serviceErrors: { count: number },
  secret: string,
): Promise<string> {
  const home = mkdtempSync(path.join(os.tmpdir(), 'civprot-load-'));
  const neo4j = await startLocalNeo4j({
    homeDir: home,
    distribution: defaultDistribution(PROJECT_ROOT),
    boltPort: await findFreePort(),
    heapSize: '1g',
    pageCacheSize: '256m',
    log: (line) => console.error(line),
  });
  cleanup.push(async () => {
    await neo4j.stop();
    rmSync(home, { recursive: true, force: true });
  });
  const graph = openGraph({ ...neo4j, database: 'neo4j' });
  cleanup.push(() => graph.driver.close());
  await applySchema(graph);
  await importDatasets(graph, readSeedFiles());
  const service = await createService({
    graph,
    // Counts error lines (level 50+) and passes everything on to stderr.
    logger: pino(
      { level: 'warn' },
      {
        write(line: string) {
          if ((JSON.parse(line) as { level: number }).level >= 50) serviceErrors.count += 1;
          process.stderr.write(line);
        },
      },
    ),
    bodyLimit: '1mb',
    introspection: true,
    verifyToken: createTokenVerifier(FUZZ_AUTH, secret),
  });
  cleanup.push(() => service.stop());
  const port = await service.listen(0);
  return `http://127.0.0.1:${port}`;
}

interface LoadResult {
  connections: number;
  durationSeconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  httpErrors: number;
  graphqlErrors: number;
}

/** autocannon with the query mix; counts non-2xx responses and bodies with `errors`. */
async function run(url: string, durationSeconds: number, connections: number): Promise<LoadResult> {
  let graphqlErrors = 0;
  const result = await autocannon({
    url: `${url}/graphql`,
    connections,
    duration: durationSeconds,
    requests: ANALYST_QUERIES.map(({ query }) => ({
      method: 'POST' as const,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
      onResponse: (_status: number, body: string) => {
        if (body.includes('"errors"')) graphqlErrors += 1;
      },
    })),
  });
  return {
    connections,
    durationSeconds,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    httpErrors: result.non2xx + result.errors + result.timeouts,
    graphqlErrors,
  };
}

/**
 * Schemathesis against the GraphQL endpoint, its traffic recorded to a
 * cassette and judged by our criterion (fuzz-verdict.ts): no 5xx, no internal
 * error, nothing unmasked. Schemathesis' own verdict counts every GraphQL
 * error (a correct 401 or input error too) as a failure, so it is not used.
 * Runs as an asynchronous child process: the service under test may live in
 * this very process and must keep answering.
 */
async function runFuzzer(
  url: string,
  examples: number,
  token: string | undefined,
): Promise<FuzzVerdict> {
  const venv = path.join(PROJECT_ROOT, 'var', 'fuzz-venv');
  const cassette = path.join(PROJECT_ROOT, 'var', 'fuzz-cassette.yaml');
  rmSync(cassette, { force: true });
  // Setting up the tool may block: the fuzzer has not started yet.
  spawnSync('python3', ['-m', 'venv', venv], { stdio: 'inherit' });
  spawnSync(path.join(venv, 'bin', 'pip'), ['install', '-q', 'schemathesis==3.39.16'], {
    stdio: 'inherit',
  });
  const child = spawn(
    path.join(venv, 'bin', 'schemathesis'),
    [
      'run',
      `${url}/graphql`,
      '--checks',
      'not_a_server_error',
      '--hypothesis-max-examples',
      String(examples),
      '--hypothesis-seed',
      '1',
      '--request-timeout',
      '30000',
      '--cassette-path',
      cassette,
      '--no-color',
      ...(token ? ['-H', `Authorization: Bearer ${token}`] : []),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  await new Promise((resolve) => child.on('close', resolve));
  console.error(output.trim().split('\n').slice(-6).join('\n'));
  return judgeCassette(cassette);
}

program.parseAsync().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
