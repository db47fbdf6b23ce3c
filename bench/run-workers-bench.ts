import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config.js';
import { openGraph } from '../src/graph/open-graph.js';
import { prepareGraph } from '../src/graph/prepare-graph.js';
import { createLogger } from '../src/logger.js';
import { startLocalNeo4j } from '../src/neo4j-local/local-neo4j.js';
import { defaultDistribution } from '../src/neo4j-local/neo4j-jars.js';
import { findFreePort } from '../src/neo4j-local/ports.js';
import { runLoad, type LoadRun } from './harness/load.js';
import { deepNested } from './shapes/deep-nested.js';
import { graphqlRequest, oursRequest, type ShapeRequest } from './shapes/shape.js';

/**
 * `npm start` at WORKERS=1 and WORKERS=2 on this machine, over the seeded
 * graph in one local Neo4j that shares the machine's cores with the
 * workers: a small shape (one organisation) and a nested one (deep-nested),
 * each in alternating rounds so that a change in the machine's load falls on
 * both settings. Writes bench/results/workers.json.
 *   node dist/bench/run-workers-bench.js [--rounds 2] [--seconds 15] [--connections 20]
 */
const argument = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const ROUNDS = argument('rounds', 2);
const SECONDS = argument('seconds', 15);
const CONNECTIONS = argument('connections', 20);
const WARMUP_SECONDS = 3;

const SHAPES: Array<{ name: string; request: ShapeRequest }> = [
  {
    name: 'small',
    request: graphqlRequest(
      'query Small($id: ID!) { organisation(id: $id) { id name country { code } } }',
      { id: 'hamburg-fire-rescue-service' },
    ),
  },
  { name: 'deep-nested', request: oursRequest(deepNested) },
];

interface Measurement {
  workers: number;
  round: number;
  shape: string;
  run: LoadRun;
}

/** GET on a new connection, so that cluster hands it to the next worker. */
function health(url: string): Promise<{ worker?: { id: number } } | undefined> {
  return new Promise((resolve) => {
    http
      .get(`${url}/health`, { agent: false }, (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        response.on('end', () => resolve(JSON.parse(body) as { worker?: { id: number } }));
      })
      .on('error', () => resolve(undefined));
  });
}

/** The service as its own process, waited for until every worker answers. */
async function startService(
  workers: number,
  neo4jEnv: Record<string, string>,
): Promise<{ url: string; child: ChildProcess }> {
  const port = await findFreePort();
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'dist/src/main.js')], {
    env: {
      ...process.env,
      ...neo4jEnv,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      SEED_ON_EMPTY: 'false',
      WORKERS: String(workers),
      AUTH_JWT_SECRET: randomBytes(32).toString('hex'),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the service exited with ${child.exitCode}`);
    const seen = new Set<number>();
    for (let i = 0; i < workers * 4; i++) {
      const answer = await health(url);
      if (answer?.worker) seen.add(answer.worker.id);
    }
    if (seen.size >= workers) return { url, child };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** How long a stopped service may take to exit before the benchmark kills it. */
const STOP_GRACE_MS = 60_000;

/**
 * SIGTERM, then SIGKILL (the service and its workers) if it has not exited
 * within STOP_GRACE_MS: a stop that hangs is reported, not waited for.
 */
async function stopService(child: ChildProcess): Promise<{ exitedOnSigterm: boolean }> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const inTime = await Promise.race([
    exited.then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), STOP_GRACE_MS).unref()),
  ]);
  if (!inTime) {
    // The workers are in the service's process group only through the primary: kill them by parent.
    spawn('pkill', ['-KILL', '-P', String(child.pid)]).once('exit', () => child.kill('SIGKILL'));
    await exited;
    console.log(`the service did not exit within ${STOP_GRACE_MS / 1000} s of SIGTERM; killed`);
  }
  return { exitedOnSigterm: inTime };
}

async function main(): Promise<void> {
  const home = mkdtempSync(path.join(os.tmpdir(), 'civprot-workers-bench-'));
  const neo4j = await startLocalNeo4j({
    homeDir: home,
    distribution: defaultDistribution(PROJECT_ROOT),
    boltPort: await findFreePort(),
    password: randomBytes(12).toString('base64url'),
    heapSize: '1g',
    pageCacheSize: '256m',
    readyTimeoutMs: 600_000,
  });
  const neo4jEnv = {
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: neo4j.user,
    NEO4J_PASSWORD: neo4j.password,
    NEO4J_DATABASE: 'neo4j',
  };
  const measurements: Measurement[] = [];
  const stops: Array<{ workers: number; round: number; exitedOnSigterm: boolean }> = [];
  try {
    const graph = openGraph({
      uri: neo4j.uri,
      user: neo4j.user,
      password: neo4j.password,
      database: 'neo4j',
    });
    await prepareGraph(graph, { seedOnEmpty: true }, createLogger('warn'));
    await graph.driver.close();
    for (let round = 1; round <= ROUNDS; round++) {
      for (const workers of round % 2 === 1 ? [1, 2] : [2, 1]) {
        const service = await startService(workers, neo4jEnv);
        try {
          for (const shape of SHAPES) {
            const run = await runLoad({
              url: service.url,
              request: shape.request,
              connections: CONNECTIONS,
              durationSeconds: SECONDS,
              warmupSeconds: WARMUP_SECONDS,
            });
            measurements.push({ workers, round, shape: shape.name, run });
            console.log(
              `round ${round} workers ${workers} ${shape.name}: ${run.requestsPerSecond.toFixed(1)} req/s, ` +
                `p50 ${run.latencyMs.p50.toFixed(1)} ms, p95 ${run.latencyMs.p95.toFixed(1)} ms, errors ${run.errors}`,
            );
          }
        } finally {
          stops.push({ workers, round, ...(await stopService(service.child)) });
        }
      }
    }
  } finally {
    await neo4j.stop();
    rmSync(home, { recursive: true, force: true });
  }
  const results = path.join(PROJECT_ROOT, 'bench', 'results');
  mkdirSync(results, { recursive: true });
  writeFileSync(
    path.join(results, 'workers.json'),
    `${JSON.stringify(
      {
        measuredAt: new Date().toISOString(),
        cores: os.availableParallelism(),
        loadAverageAtEnd: os.loadavg(),
        connections: CONNECTIONS,
        seconds: SECONDS,
        measurements: measurements.map(({ workers, round, shape, run }) => ({
          workers,
          round,
          shape,
          requestsPerSecond: Math.round(run.requestsPerSecond * 10) / 10,
          latencyMs: run.latencyMs,
          errors: run.errors,
        })),
        stops,
      },
      null,
      2,
    )}\n`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
