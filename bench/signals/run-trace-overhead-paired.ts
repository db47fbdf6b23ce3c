import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { PROJECT_ROOT, signalSettingsFromEnvironment } from '../../src/config.js';
import { openBenchGraph } from '../bench-graph.js';
import { generateDataset } from '../dataset/generate.js';
import { holdsDataset } from '../dataset/loaded-dataset.js';
import { loadDataset } from '../dataset/load-dataset.js';
import { runLoad } from '../harness/load.js';
import {
  atLeastVerdict,
  atMostVerdict,
  pairedRatios,
  roundOrder,
  showRatioSummary,
  summariseRatios,
  type Block,
} from '../harness/paired-blocks.js';
import { allShapes } from '../shapes/all-shapes.js';
import { pickFixtures } from '../shapes/fixtures.js';
import { oursRequest, type Shape } from '../shapes/shape.js';
import { answerOf, loadAverage } from './shape-answer.js';
import { spawnOtlpSink } from './otlp-sink.js';
import { spawnPairedServices, type PairedServices } from './paired-services.js';

const SHAPES = (process.env.SHAPES ?? 'typename,co-partners,totals').split(',');
/** Rounds per shape: each loads every setting once, one short block after the other. */
const ROUNDS = Number(process.env.ROUNDS ?? 18);
const BLOCK_SECONDS = Number(process.env.BLOCK_SECONDS ?? 3);
/** Load before each block's measured period, discarded (the connections and the process's caches warm again). */
const BLOCK_WARMUP_SECONDS = Number(process.env.BLOCK_WARMUP_SECONDS ?? 1);
/** Load on every setting before the first round of a shape, discarded (the JIT's first work). */
const WARMUP_SECONDS = Number(process.env.WARMUP_SECONDS ?? 5);
const CONNECTIONS = 10;
/** The results file's name under bench/results (without `.json`). */
const OUT = process.env.OUT ?? 'trace-overhead-paired';
/** The target: traces cost under 10 % of throughput. */
const THROUGHPUT_BOUND = 0.9;
/** The same bound on the CPU a request costs the service. */
const CPU_BOUND = 1.1;

/**
 * Trace overhead measured in one process: a child process serves three
 * copies of our service, each on its own port with its own driver — `on`
 * traced exactly as production traces (the settings an operator's OTEL_*
 * variables give: every request sampled, exported over OTLP/HTTP in
 * batches to a sink in another process), `off` and `off-again` untraced —
 * and the load generator here loads one copy at a time in short blocks,
 * a round loading each copy once, the order changing every round. Within
 * a round the blocks are seconds apart in the same process: JIT, heap
 * layout and core placement are shared, which two processes of the same
 * code do not share (they differ by more than the 10 % this is to judge).
 * Per block: throughput and the service process's CPU time per request
 * (user and system, read from /proc at the measured period's start and
 * end). Per shape: the ratios on ÷ off and off-again ÷ off within each
 * round, their median, quartiles, range and a bootstrap 95 % interval of
 * the median; the control off-again ÷ off is the measure's own noise.
 * Verdict on the bound: met when the interval lies on the right side of
 * it, missed when on the wrong side, otherwise none. A trace batch
 * exported after its block ends is charged to the next block: at most a
 * few ms of CPU in a block of seconds. Writes bench/results/<OUT>.json
 * (default trace-overhead-paired.json). SHAPES (default
 * typename,co-partners,totals), ROUNDS, BLOCK_SECONDS, BLOCK_WARMUP_SECONDS
 * and WARMUP_SECONDS set its size.
 */
async function main(): Promise<void> {
  const bench = await openBenchGraph({ heapSize: '1g', pageCacheSize: '512m', log: console.log });
  const sink = await spawnOtlpSink();
  let service: PairedServices | undefined;
  try {
    if (!(await holdsDataset(bench.graph, 'small', 1))) {
      await loadDataset(bench.graph, generateDataset('small', 1).paths, console.log);
    }
    const fixtures = await pickFixtures(bench.graph);
    const shapes = allShapes(fixtures).filter((shape) => SHAPES.includes(shape.name));
    // As production reads them: the variables an operator sets.
    const traced = signalSettingsFromEnvironment({
      OTEL_EXPORTER_OTLP_ENDPOINT: new URL(sink.tracesUrl).origin,
      OTEL_SERVICE_NAME: 'bench',
    });
    if (!traced.traces) throw new Error('the traced settings trace nothing');
    const untraced = signalSettingsFromEnvironment({});
    const settings = { off: untraced, on: traced, 'off-again': untraced };
    const names = Object.keys(settings);
    service = await spawnPairedServices(bench.settings, settings);
    const loadBefore = loadAverage();
    console.log(`load average before: ${loadBefore}`);
    const report: Record<string, unknown> = {};
    for (const shape of shapes) {
      const request = oursRequest(shape);
      const answers = new Map<string, unknown>();
      for (const name of names) {
        answers.set(name, await answerOf(service.urls[name]!, shape));
        await runLoad({
          url: service.urls[name]!,
          request,
          connections: CONNECTIONS,
          durationSeconds: WARMUP_SECONDS,
          warmupSeconds: 0,
        });
      }
      const [first, ...rest] = names.map((name) => answers.get(name));
      if (!rest.every((answer) => isDeepStrictEqual(answer, first))) {
        throw new Error(`${shape.name}: the answers differ between ${names.join(', ')}`);
      }
      const bytesPerRequest = await exportedPerRequest(service.urls.on!, shape, sink);
      const throughput: Block[] = [];
      const cpu: Block[] = [];
      let failures = 0;
      for (let round = 0; round < ROUNDS; round += 1) {
        const line: string[] = [];
        for (const name of roundOrder(names, round)) {
          const result = await runLoad({
            url: service.urls[name]!,
            request,
            connections: CONNECTIONS,
            durationSeconds: BLOCK_SECONDS,
            warmupSeconds: BLOCK_WARMUP_SECONDS,
            pid: service.pid,
          });
          failures += result.errors + result.non2xx + result.errorBodies;
          throughput.push({ round, setting: name, value: result.requestsPerSecond });
          const cpuPerRequest =
            result.cpuSeconds === null || result.requests === 0
              ? Number.NaN
              : result.cpuSeconds / result.requests;
          cpu.push({ round, setting: name, value: cpuPerRequest });
          line.push(
            `${name} ${result.requestsPerSecond.toFixed(0)} req/s ${(cpuPerRequest * 1e6).toFixed(0)} µs`,
          );
        }
        console.log(`${shape.name} round ${round + 1}: ${line.join(', ')}`);
      }
      const summary = {
        throughput: {
          on: summariseRatios(pairedRatios(throughput, 'on', 'off')),
          control: summariseRatios(pairedRatios(throughput, 'off-again', 'off')),
        },
        cpuPerRequest: {
          on: summariseRatios(pairedRatios(cpu, 'on', 'off')),
          control: summariseRatios(pairedRatios(cpu, 'off-again', 'off')),
        },
      };
      const verdict = {
        throughput: summary.throughput.on
          ? atLeastVerdict(summary.throughput.on.low, summary.throughput.on.high, THROUGHPUT_BOUND)
          : 'no verdict',
        cpuPerRequest: summary.cpuPerRequest.on
          ? atMostVerdict(summary.cpuPerRequest.on.low, summary.cpuPerRequest.on.high, CPU_BOUND)
          : 'no verdict',
      };
      console.log(`\n${shape.name}: failed responses ${failures}`);
      console.log(`${shape.name}: ${bytesPerRequest.toFixed(0)} bytes of OTLP per traced request`);
      console.log(`${shape.name}: throughput on ÷ off ${showRatioSummary(summary.throughput.on)}`);
      console.log(
        `${shape.name}: throughput off-again ÷ off ${showRatioSummary(summary.throughput.control)}`,
      );
      console.log(
        `${shape.name}: CPU per request on ÷ off ${showRatioSummary(summary.cpuPerRequest.on)}`,
      );
      console.log(
        `${shape.name}: CPU per request off-again ÷ off ${showRatioSummary(summary.cpuPerRequest.control)}`,
      );
      console.log(
        `${shape.name}: verdict, throughput ≥ ${THROUGHPUT_BOUND} × untraced: ${verdict.throughput}; ` +
          `CPU per request ≤ ${CPU_BOUND} × untraced: ${verdict.cpuPerRequest}\n`,
      );
      if (bytesPerRequest === 0) throw new Error(`${shape.name}: the traced copy exported nothing`);
      report[shape.name] = { summary, verdict, failures, bytesPerRequest, throughput, cpu };
    }
    const loadAfter = loadAverage();
    console.log(`load average after: ${loadAfter}`);
    const results = path.join(PROJECT_ROOT, 'bench', 'results');
    mkdirSync(results, { recursive: true });
    writeFileSync(
      path.join(results, `${OUT}.json`),
      `${JSON.stringify(
        {
          settings: {
            rounds: ROUNDS,
            blockSeconds: BLOCK_SECONDS,
            blockWarmupSeconds: BLOCK_WARMUP_SECONDS,
            connections: CONNECTIONS,
          },
          loadAverage: { before: loadBefore, after: loadAfter },
          shapes: report,
        },
        null,
        2,
      )}\n`,
    );
  } finally {
    await service?.stop();
    await sink.close();
    await bench.close();
  }
}

/** Sequential requests whose traces' OTLP bytes are counted (after the batch processor's 5 s delay). */
const COUNTED_REQUESTS = 200;
const EXPORT_WAIT_MS = 6_000;

/**
 * OTLP bytes the traced copy exports per request of the shape: the sink's
 * count across a few hundred requests, each side of a wait long enough for
 * every batch before (and then every batch of them) to be exported.
 */
async function exportedPerRequest(
  url: string,
  shape: Shape,
  sink: Awaited<ReturnType<typeof spawnOtlpSink>>,
): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, EXPORT_WAIT_MS));
  const before = await sink.count();
  for (let i = 0; i < COUNTED_REQUESTS; i += 1) await answerOf(url, shape);
  await new Promise((resolve) => setTimeout(resolve, EXPORT_WAIT_MS));
  const after = await sink.count();
  return (after.bytes - before.bytes) / COUNTED_REQUESTS;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
