import 'reflect-metadata';
import { isDeepStrictEqual } from 'node:util';
import { openBenchGraph } from '../bench-graph.js';
import { generateDataset } from '../dataset/generate.js';
import { holdsDataset } from '../dataset/loaded-dataset.js';
import { loadDataset } from '../dataset/load-dataset.js';
import { runLoad, type LoadRun } from '../harness/load.js';
import { showSpread, spreadOf } from '../harness/ratio-spread.js';
import { allShapes } from '../shapes/all-shapes.js';
import { pickFixtures } from '../shapes/fixtures.js';
import { oursRequest } from '../shapes/shape.js';
import type { RunningSystem } from '../systems/running-system.js';
import { spawnSystem } from '../systems/spawn-system.js';
import { answerOf, loadAverage } from './shape-answer.js';
import { spawnOtlpSink } from './otlp-sink.js';

const SHAPES = (process.env.SHAPES ?? 'co-partners,totals').split(',');
const RUNS = Number(process.env.RUNS ?? 5);
const SECONDS = Number(process.env.SECONDS_PER_RUN ?? 8);
/** Set (e.g. 0.1): a third setting, traces sampled at that ratio. */
const SAMPLED = process.env.SAMPLED_RATIO;
/** Set: a control setting, a second process with traces off, to show the noise between two processes of the same code. */
const CONTROL = Boolean(process.env.CONTROL);
/** Set: new service processes for every run, so that no one process's luck decides a ratio. */
const RESPAWN = Boolean(process.env.RESPAWN);
const WARMUP_SECONDS = Number(process.env.WARMUP_SECONDS ?? 2);
const CONNECTIONS = 10;

/**
 * Throughput of our service with traces off and on, on the `small` generated
 * graph. Separate processes, as in production: the service in a child process
 * of its own per setting, configured by the OTEL_* variables an operator would
 * set and kept for all runs of a shape; the OTLP sink (standing in for a
 * collector) in another; the load generator in this one. The settings are
 * interleaved run by run, the order flipped each run, so that a change of the
 * machine's load hits them alike; the ratio on ÷ off is taken within each run. Prints every run, the median and range of the ratio,
 * the service process's peak resident memory, and its CPU time per request
 * over the measured period (user and system, read from outside the
 * process) with its ratio on ÷ off: it leaves out the time a service
 * waited for a core, so the machine's other load moves it less than
 * throughput (it still moves: a starved process answers fewer requests per
 * wake-up, and each costs more).
 */
async function main(): Promise<void> {
  const bench = await openBenchGraph({ heapSize: '1g', pageCacheSize: '512m', log: console.log });
  const sink = await spawnOtlpSink();
  try {
    if (!(await holdsDataset(bench.graph, 'small', 1))) {
      await loadDataset(bench.graph, generateDataset('small', 1).paths, console.log);
    }
    const fixtures = await pickFixtures(bench.graph);
    const shapes = allShapes(fixtures).filter((shape) => SHAPES.includes(shape.name));
    const endpoint = new URL(sink.tracesUrl).origin;
    const settings: Record<string, Record<string, string>> = {
      off: {},
      on: { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_SERVICE_NAME: 'bench' },
      ...(CONTROL ? { 'off-again': {} } : {}),
      ...(SAMPLED
        ? {
            sampled: {
              OTEL_EXPORTER_OTLP_ENDPOINT: endpoint,
              OTEL_SERVICE_NAME: 'bench',
              OTEL_TRACES_SAMPLER: 'parentbased_traceidratio',
              OTEL_TRACES_SAMPLER_ARG: SAMPLED,
            },
          }
        : {}),
    };
    const names = Object.keys(settings);
    console.log(`load average before: ${loadAverage()}`);
    const runs: Record<string, LoadRun[]> = {};
    const exported: Record<string, { bytes: number; requests: number }> = {};
    for (const shape of shapes) {
      // One service per setting, kept for all runs of the shape (each run then
      // meets a warm process), or with RESPAWN new ones for every run.
      const systems = new Map<string, RunningSystem>();
      const spawnAll = async () => {
        for (const system of systems.values()) await system.stop();
        for (const name of names) {
          systems.set(
            name,
            await spawnSystem('ours', bench.settings, [], undefined, settings[name]),
          );
        }
      };
      try {
        await spawnAll();
        for (let run = 0; run < RUNS; run += 1) {
          if (RESPAWN && run > 0) await spawnAll();
          // Flip the order each run, so that no setting always goes first.
          const order = run % 2 === 0 ? names : [...names].reverse();
          const answers = new Map<string, unknown>();
          for (const name of order) {
            const system = systems.get(name)!;
            // The same answer with traces off and on, without errors, before it is measured.
            answers.set(name, await answerOf(system.url, shape));
            const before = await sink.count();
            const result = await runLoad({
              url: system.url,
              request: oursRequest(shape),
              connections: CONNECTIONS,
              durationSeconds: SECONDS,
              warmupSeconds: WARMUP_SECONDS,
              pid: system.pid,
            });
            const after = await sink.count();
            const key = `${shape.name} traces ${name}`;
            (runs[key] ??= []).push(result);
            const sent = (exported[name] ??= { bytes: 0, requests: 0 });
            sent.bytes += after.bytes - before.bytes;
            sent.requests += result.requests;
            console.log(
              `${key} run ${run + 1}: ${result.requestsPerSecond.toFixed(1)} req/s, p50 ${result.latencyMs.p50} ms, ` +
                `peak RSS ${mib(result.peakRssBytes)}, errors ${result.errors}, non-2xx ${result.non2xx}, ` +
                `error bodies ${result.errorBodies}, CPU ${micros(cpuPerRequest(result))} per request`,
            );
          }
          const [first, ...rest] = names.map((name) => answers.get(name));
          if (!rest.every((answer) => isDeepStrictEqual(answer, first))) {
            throw new Error(`${shape.name}: the answers differ between ${names.join(', ')}`);
          }
        }
      } finally {
        for (const system of systems.values()) await system.stop();
      }
    }
    console.log(`load average after: ${loadAverage()}`);
    const total = await sink.count();
    console.log(`\nOTLP exports received: ${total.exports} (${total.bytes} bytes)`);
    for (const [name, sent] of Object.entries(exported)) {
      if (sent.bytes > 0) {
        console.log(
          `traces ${name}: ${(sent.bytes / sent.requests).toFixed(0)} bytes of OTLP per request`,
        );
      }
    }
    for (const [key, results] of Object.entries(runs)) {
      const rates = results.map((r) => r.requestsPerSecond);
      const rss = spreadOf(
        results.flatMap((r) => (r.peakRssBytes === null ? [] : [r.peakRssBytes / 2 ** 20])),
      );
      const cpu = spreadOf(results.flatMap((r) => cpuOf(r).map((s) => s * 1e6)));
      console.log(
        `${key}: ${showSpread(spreadOf(rates), ' req/s')} (${rates.map((v) => v.toFixed(0)).join(', ')}); ` +
          `CPU ${showSpread(cpu, ' µs')} per request; peak RSS ${showSpread(rss, ' MiB')}`,
      );
    }
    for (const shape of shapes) {
      const off = runs[`${shape.name} traces off`] ?? [];
      for (const name of names.filter((n) => n !== 'off')) {
        const on = runs[`${shape.name} traces ${name}`] ?? [];
        const ratios = on.map((r, i) => r.requestsPerSecond / off[i]!.requestsPerSecond);
        console.log(
          `${shape.name}: traces ${name} ÷ off ${showSpread(spreadOf(ratios))} ` +
            `(${ratios.map((v) => v.toFixed(2)).join(', ')})`,
        );
        // The CPU a request costs the service, within each run: the cost of tracing itself.
        const cpuRatios = on.flatMap((r, i) =>
          cpuOf(r).flatMap((a) => cpuOf(off[i]!).map((b) => a / b)),
        );
        console.log(
          `${shape.name}: CPU per request, traces ${name} ÷ off ${showSpread(spreadOf(cpuRatios))} ` +
            `(${cpuRatios.map((v) => v.toFixed(2)).join(', ')})`,
        );
      }
    }
  } finally {
    await sink.close();
    await bench.close();
  }
}

/** The service's CPU seconds per measured request, or null where unknown. */
const cpuPerRequest = (run: LoadRun) =>
  run.cpuSeconds === null || run.requests === 0 ? null : run.cpuSeconds / run.requests;

/** The same, as a list of none or one, to leave out runs without it. */
const cpuOf = (run: LoadRun) => {
  const value = cpuPerRequest(run);
  return value === null ? [] : [value];
};

const micros = (seconds: number | null) =>
  seconds === null ? '–' : `${(seconds * 1e6).toFixed(0)} µs`;

const mib = (bytes: number | null) =>
  bytes === null ? '–' : `${(bytes / 2 ** 20).toFixed(0)} MiB`;

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
