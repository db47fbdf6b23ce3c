import 'reflect-metadata';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { openBenchGraph } from '../bench-graph.js';
import { runLoad } from '../harness/load.js';
import { allShapes } from '../shapes/all-shapes.js';
import { pickFixtures } from '../shapes/fixtures.js';
import { spawnSystem } from '../systems/spawn-system.js';
import { isSystemName } from '../systems/system-name.js';

interface ProbeFile {
  requests: Array<{ acceptedAt: number; parsedAt: number; answeredAt: number }>;
  longTurns: Array<{ at: number; ms: number }>;
}

/**
 * Where a load's first wave waits: each system is started with the accept
 * probe, loaded once at 10 connections on one organisation, then `--loads`
 * times at `--connections` on `--shape` (1 s warm-up, 2 s measured, as the
 * benchmark does); for each load, when the process accepted its new
 * connections, how long its event loop's turns were, and the slow responses.
 */
const program = new Command()
  .option('--systems <list>', 'systems', 'ours,floor')
  .option('--shape <name>', 'shape', 'shared-partners-5')
  .option('--connections <n>', 'connections', '50')
  .option('--loads <n>', 'loads of each process', '3')
  .parse();
const options = program.opts<{
  systems: string;
  shape: string;
  connections: string;
  loads: string;
}>();

const bench = await openBenchGraph({ log: (line) => console.log(line) });
const probeDir = mkdtempSync(path.join(os.tmpdir(), 'first-wave-'));
try {
  const shapes = allShapes(await pickFixtures(bench.graph));
  const shape = shapes.find((candidate) => candidate.name === options.shape);
  const warm = shapes.find((candidate) => candidate.name === 'organisation-by-id');
  if (!shape || !warm) throw new Error(`No shape ${options.shape}`);
  const probe = fileURLToPath(new URL('./accept-probe.js', import.meta.url));
  for (const name of options.systems.split(',')) {
    if (!isSystemName(name)) throw new Error(`No system ${name}`);
    const request = shape.request(name);
    const warmRequest = warm.request(name);
    if (!request || !warmRequest) continue;
    const system = await spawnSystem(name, bench.settings, ['--import', probe], undefined, {
      FIRST_WAVE_PROBE_DIR: probeDir,
    });
    const loads: Array<{ began: number; line: string }> = [];
    try {
      await runLoad({
        url: system.url,
        request: warmRequest,
        connections: 10,
        durationSeconds: 1,
        warmupSeconds: 0.5,
      });
      for (let load = 1; load <= Number(options.loads); load += 1) {
        const began = Date.now();
        const result = await runLoad({
          url: system.url,
          request,
          connections: Number(options.connections),
          durationSeconds: 2,
          warmupSeconds: 1,
        });
        loads.push({
          began,
          line:
            `${name} load ${load}: ${result.requestsPerSecond.toFixed(0)} req/s, ` +
            `p50 ${result.latencyMs.p50.toFixed(0)} ms, p99 ${result.latencyMs.p99.toFixed(0)} ms, ` +
            `${result.tail.length} over 3× p50 (sent ${result.tail[0]?.sentAtSeconds ?? '–'}…${result.tail.at(-1)?.sentAtSeconds ?? '–'} s)`,
        });
      }
      // The probe writes every second.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
    } finally {
      await system.stop();
    }
    const file = JSON.parse(
      readFileSync(path.join(probeDir, `${system.pid}.json`), 'utf8'),
    ) as ProbeFile;
    for (const { began, line } of loads) {
      const end = began + 3_050;
      const accepts = file.requests
        .map((request) => request.acceptedAt - began)
        .filter((at) => at >= -50 && at < end - began)
        .sort((a, b) => a - b);
      const turns = file.longTurns
        .filter((turn) => turn.at >= began && turn.at < end)
        .map((turn) => turn.ms)
        .sort((a, b) => a - b);
      console.log(
        `${line}; ${accepts.length} of ${options.connections} connections accepted within the load, ` +
          `the first at ${accepts[0] ?? '–'} ms, the last at ${accepts.at(-1) ?? '–'} ms; ` +
          `${turns.length} event-loop turns over 30 ms, median ${turns[turns.length >> 1] ?? 0} ms, longest ${turns.at(-1) ?? 0} ms`,
      );
    }
  }
} finally {
  rmSync(probeDir, { recursive: true, force: true });
  await bench.close();
}
