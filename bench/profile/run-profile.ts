import 'reflect-metadata';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { PROJECT_ROOT } from '../../src/config.js';
import { openBenchGraph } from '../bench-graph.js';
import { runLoad } from '../harness/load.js';
import { allShapes } from '../shapes/all-shapes.js';
import { pickFixtures } from '../shapes/fixtures.js';
import { spawnSystem } from '../systems/spawn-system.js';
import { isSystemName, type SystemName } from '../systems/system-name.js';
import { spawnOtlpSink } from '../signals/otlp-sink.js';
import { summariseProfile } from './summarise-profile.js';

/** Raw profiles larger than this are not kept, only their summary. */
const KEEP_RAW_BYTES = 3 * 2 ** 20;

/**
 * `node dist/bench/profile/run-profile.js --label before`: a CPU profile
 * (node --cpu-prof) of a system under load for each shape, on the benchmark
 * database, summarised by layer into bench/profiles/<label>-<system>-<shape>.md
 * (the raw .cpuprofile kept beside it when small). With `--traces`, our
 * service exports traces (every request) to an OTLP sink in another process.
 */
const program = new Command()
  .name('bench-profile')
  .option('--label <label>', 'name of this profile set, e.g. before or after', 'profile')
  .option('--system <name>', 'system to profile', 'ours')
  .option('--shapes <list>', 'shapes', 'typename,shared-partners-2')
  .option('--connections <n>', 'concurrent connections', '10')
  .option('--duration <s>', 'seconds of load per shape', '10')
  .option('--traces', 'export traces to an OTLP sink in another process')
  .action(
    async (options: {
      label: string;
      system: string;
      shapes: string;
      connections: string;
      duration: string;
      traces?: boolean;
    }) => {
      if (!isSystemName(options.system)) throw new Error(`unknown system ${options.system}`);
      const system: SystemName = options.system;
      const outDir = path.join(PROJECT_ROOT, 'bench', 'profiles');
      mkdirSync(outDir, { recursive: true });
      const bench = await openBenchGraph({ log: (line) => console.log(line) });
      const sink = options.traces ? await spawnOtlpSink() : undefined;
      const env: Record<string, string> = sink
        ? { OTEL_EXPORTER_OTLP_ENDPOINT: new URL(sink.tracesUrl).origin }
        : {};
      try {
        const fixtures = await pickFixtures(bench.graph);
        for (const shape of allShapes(fixtures).filter((s) =>
          options.shapes.split(',').includes(s.name),
        )) {
          const request = shape.request(system);
          if (!request) continue;
          const profileDir = mkdtempSync(path.join(os.tmpdir(), 'civprot-profile-'));
          const running = await spawnSystem(
            system,
            bench.settings,
            [
              '--cpu-prof',
              `--cpu-prof-dir=${profileDir}`,
              // A system killed after the grace period writes no profile: give it time to stop.
            ],
            120_000,
            env,
          );
          const load = await runLoad({
            url: running.url,
            request,
            connections: Number(options.connections),
            durationSeconds: Number(options.duration),
            warmupSeconds: 0,
          });
          await running.stop();
          const [file] = readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile'));
          if (!file) throw new Error('The system wrote no profile');
          const summary = summariseProfile(path.join(profileDir, file));
          const name = `${options.label}-${system}-${shape.name}`;
          const perRequest = (ms: number) => ((ms / Math.max(1, load.requests)) * 1000).toFixed(0);
          const lines = [
            `# CPU profile: ${system}, ${shape.name} (${options.label})`,
            '',
            `${load.requests} requests in ${options.duration} s at ${options.connections} connections ` +
              `(${load.requestsPerSecond.toFixed(0)} req/s, p50 ${load.latencyMs.p50.toFixed(1)} ms); ` +
              `profile ${(summary.totalMs / 1000).toFixed(1)} s of the process's main thread ` +
              `(start-up and idle included). Load average ${os.loadavg()[0]?.toFixed(1)}.`,
            '',
            '| layer | self ms | self µs/request | inclusive ms | inclusive µs/request |',
            '|---|---:|---:|---:|---:|',
            ...summary.layers
              .filter((l) => l.inclusiveMs >= 1)
              .map(
                (l) =>
                  `| ${l.layer} | ${l.selfMs.toFixed(0)} | ${perRequest(l.selfMs)} | ` +
                  `${l.inclusiveMs.toFixed(0)} | ${perRequest(l.inclusiveMs)} |`,
              ),
            '',
          ];
          writeFileSync(path.join(outDir, `${name}.md`), lines.join('\n'));
          const raw = path.join(profileDir, file);
          if (statSync(raw).size <= KEEP_RAW_BYTES) {
            renameSync(raw, path.join(outDir, `${name}.cpuprofile`));
          }
          rmSync(profileDir, { recursive: true, force: true });
          console.log(
            `${name}: ${load.requestsPerSecond.toFixed(0)} req/s; wrote bench/profiles/${name}.md`,
          );
        }
      } finally {
        await sink?.close();
        await bench.close();
      }
    },
  );

program.parseAsync().catch((error: unknown) => {
  console.error((error as Error).stack ?? error);
  process.exit(1);
});
