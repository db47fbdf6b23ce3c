import 'reflect-metadata';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command } from 'commander';
import { PROJECT_ROOT } from '../../src/config.js';
import { openBenchGraph } from '../bench-graph.js';
import { runLoad } from '../harness/load.js';
import { allShapes } from '../shapes/all-shapes.js';
import { pickFixtures } from '../shapes/fixtures.js';
import { spawnSystem } from '../systems/spawn-system.js';
import { isSystemName, type SystemName } from '../systems/system-name.js';
import { spawnOtlpSink } from '../signals/otlp-sink.js';
import { GROUP_ORDER, groupCharges } from './layer-groups.js';
import { summariseProfile } from './summarise-profile.js';

/** Raw profiles larger than this are not kept, only their summary. */
const KEEP_RAW_BYTES = 3 * 2 ** 20;

/** What a profile's JSON summary holds (read by compare-profiles.ts). */
export interface ProfileRecord {
  label: string;
  system: SystemName;
  shape: string;
  connections: number;
  durationSeconds: number;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  samplingIntervalUs: number;
  loadAverage: { before: number; after: number };
  /** CPU of the main thread per request, idle excluded, in µs. */
  busyUsPerRequest: number;
  idleUsPerRequest: number;
  /** µs per request charged to each layer group (bench/profile/layer-groups.ts). */
  groups: Record<string, number>;
  /** µs per request charged to each package or file of ours. */
  layers: Record<string, number>;
}

/**
 * `node dist/bench/profile/run-profile.js --label before --systems ours,bare`:
 * for each shape and system, the system in its own process is warmed up,
 * then a CPU profile of its main thread (V8's sampling profiler, through the
 * inspector) is taken over exactly the measured load: no start-up, no
 * warm-up, no shutdown in it. The profile is summarised per request by
 * layer into bench/profiles/<label>-<system>-<shape>.md and .json (the raw
 * .cpuprofile kept beside them when small). With `--traces`, our service
 * exports traces (every request) to an OTLP sink in another process.
 */
const program = new Command()
  .name('bench-profile')
  .option('--label <label>', 'name of this profile set, e.g. before or after', 'profile')
  .option('--systems <list>', 'systems to profile', 'ours,bare')
  .option('--shapes <list>', 'shapes', 'typename,organisation-by-id')
  .option('--connections <n>', 'concurrent connections', '10')
  .option('--warmup <s>', 'seconds of load before the profile', '3')
  .option('--duration <s>', 'seconds of load profiled', '8')
  .option('--interval <us>', 'sampling interval in µs', '200')
  .option('--traces', 'export traces to an OTLP sink in another process')
  .action(
    async (options: {
      label: string;
      systems: string;
      shapes: string;
      connections: string;
      warmup: string;
      duration: string;
      interval: string;
      traces?: boolean;
    }) => {
      const systems = options.systems.split(',');
      for (const name of systems)
        if (!isSystemName(name)) throw new Error(`unknown system ${name}`);
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
          for (const system of systems as SystemName[]) {
            const request = shape.request(system);
            if (!request) continue;
            const running = await spawnSystem(system, bench.settings, [], undefined, env);
            const profileDir = mkdtempSync(path.join(os.tmpdir(), 'civprot-profile-'));
            const raw = path.join(profileDir, 'profile.cpuprofile');
            try {
              const connections = Number(options.connections);
              await runLoad({
                url: running.url,
                request,
                connections,
                durationSeconds: Number(options.warmup),
                warmupSeconds: 0,
              });
              const before = os.loadavg()[0] ?? 0;
              const interval = Number(options.interval);
              await running.profiler?.start(interval);
              const load = await runLoad({
                url: running.url,
                request,
                connections,
                durationSeconds: Number(options.duration),
                warmupSeconds: 0,
              });
              await running.profiler?.stop(raw);
              const after = os.loadavg()[0] ?? 0;
              const summary = summariseProfile(raw);
              const requests = Math.max(1, load.requests);
              const us = (ms: number) => Math.round((ms / requests) * 1000);
              const groups = groupCharges(summary.charged);
              const idleMs = summary.charged.get('(idle)') ?? 0;
              const record: ProfileRecord = {
                label: options.label,
                system,
                shape: shape.name,
                connections,
                durationSeconds: Number(options.duration),
                requests: load.requests,
                requestsPerSecond: load.requestsPerSecond,
                p50Ms: load.latencyMs.p50,
                samplingIntervalUs: interval,
                loadAverage: { before, after },
                busyUsPerRequest: us(summary.totalMs - idleMs),
                idleUsPerRequest: us(idleMs),
                groups: Object.fromEntries(
                  [...groups]
                    .filter(([group]) => group !== 'idle')
                    .map(([group, ms]) => [group, us(ms)]),
                ),
                layers: Object.fromEntries(
                  [...summary.charged]
                    .sort((a, b) => b[1] - a[1])
                    .map(([layer, ms]) => [layer, us(ms)]),
                ),
              };
              const name = `${options.label}-${system}-${shape.name}`;
              const ordered = [...groups.keys()]
                .filter((g) => g !== 'idle')
                .sort((a, b) => order(a) - order(b));
              const lines = [
                `# CPU profile: ${system}, ${shape.name} (${options.label})`,
                '',
                `${load.requests} requests in ${options.duration} s at ${connections} connections ` +
                  `(${load.requestsPerSecond.toFixed(0)} req/s, p50 ${load.latencyMs.p50.toFixed(1)} ms), ` +
                  `after ${options.warmup} s of warm-up; the profile covers exactly the measured load ` +
                  `(sampled every ${interval} µs). Main thread busy ${record.busyUsPerRequest} µs ` +
                  `and idle ${record.idleUsPerRequest} µs per request. ` +
                  `Load average ${before.toFixed(1)} before, ${after.toFixed(1)} after.`,
                '',
                '## By layer (each sample charged to the innermost layer on its stack that is not a shared helper)',
                '',
                '| layer | µs/request |',
                '|---|---:|',
                ...ordered.map((g) => `| ${g} | ${us(groups.get(g) ?? 0)} |`),
                `| **busy, in all** | **${record.busyUsPerRequest}** |`,
                '',
                '## By package or file, charged the same way',
                '',
                '| package or file | µs/request |',
                '|---|---:|',
                ...Object.entries(record.layers)
                  .filter(([, v]) => v >= 1)
                  .map(([layer, v]) => `| ${layer.replaceAll('|', '\\|')} | ${v} |`),
                '',
                '## Self and inclusive time by package or file',
                '',
                '| layer | self µs/request | inclusive µs/request |',
                '|---|---:|---:|',
                ...summary.layers
                  .filter((l) => us(l.inclusiveMs) >= 2)
                  .map(
                    (l) =>
                      `| ${l.layer.replaceAll('|', '\\|')} | ${us(l.selfMs)} | ${us(l.inclusiveMs)} |`,
                  ),
                '',
              ];
              writeFileSync(path.join(outDir, `${name}.md`), lines.join('\n'));
              writeFileSync(
                path.join(outDir, `${name}.json`),
                `${JSON.stringify(record, null, 2)}\n`,
              );
              if (statSync(raw).size <= KEEP_RAW_BYTES) {
                // Script URLs name the checkout's folder; the kept profile names it /app.
                const text = readFileSync(raw, 'utf8').replaceAll(
                  pathToFileURL(PROJECT_ROOT).href,
                  'file:///app',
                );
                writeFileSync(path.join(outDir, `${name}.cpuprofile`), text);
              }
              console.log(
                `${name}: ${load.requestsPerSecond.toFixed(0)} req/s, busy ${record.busyUsPerRequest} µs/request; ` +
                  `load ${before.toFixed(1)}→${after.toFixed(1)}; wrote bench/profiles/${name}.md`,
              );
            } finally {
              await running.stop();
              rmSync(profileDir, { recursive: true, force: true });
            }
          }
        }
      } finally {
        await sink?.close();
        await bench.close();
      }
    },
  );

function order(group: string): number {
  const at = GROUP_ORDER.indexOf(group);
  return at === -1 ? GROUP_ORDER.length : at;
}

program.parseAsync().catch((error: unknown) => {
  console.error((error as Error).stack ?? error);
  process.exit(1);
});
