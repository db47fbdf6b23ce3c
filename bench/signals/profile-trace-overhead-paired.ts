import 'reflect-metadata';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT, signalSettingsFromEnvironment } from '../../src/config.js';
import { openBenchGraph } from '../bench-graph.js';
import { generateDataset } from '../dataset/generate.js';
import { holdsDataset } from '../dataset/loaded-dataset.js';
import { loadDataset } from '../dataset/load-dataset.js';
import { runLoad } from '../harness/load.js';
import { summariseProfile } from '../profile/summarise-profile.js';
import { allShapes } from '../shapes/all-shapes.js';
import { pickFixtures } from '../shapes/fixtures.js';
import { oursRequest } from '../shapes/shape.js';
import { spawnOtlpSink } from './otlp-sink.js';
import type { GcCount } from './paired-services-process.js';
import { spawnPairedServices } from './paired-services.js';

const SHAPE = process.env.SHAPE ?? 'typename';
/** Profiled blocks per copy (CPU), alternating traced and untraced. */
const ROUNDS = Number(process.env.ROUNDS ?? 3);
/** Blocks per copy with the allocation sampler on instead. */
const HEAP_ROUNDS = Number(process.env.HEAP_ROUNDS ?? 1);
const BLOCK_SECONDS = Number(process.env.BLOCK_SECONDS ?? 6);
const WARMUP_SECONDS = Number(process.env.WARMUP_SECONDS ?? 5);
const SAMPLING_INTERVAL_US = Number(process.env.SAMPLING_INTERVAL_US ?? 100);
const HEAP_SAMPLING_BYTES = Number(process.env.HEAP_SAMPLING_BYTES ?? 16_384);
const CONNECTIONS = 10;
/** The summary's name under bench/profiles (without `.md`). */
const OUT = process.env.OUT ?? `trace-paired-${SHAPE}`;
const COPIES = ['on', 'off'] as const;
type Copy = (typeof COPIES)[number];

/**
 * Where the traced copy's extra time goes: the same-process pairing of
 * run-trace-overhead-paired.ts (one child process, a traced copy `on` and
 * an untraced one `off`), loaded in alternating blocks, each block profiled
 * on its own. CPU: V8's sampling profiler over each block; self time per
 * function and per layer (bench/profile/summarise-profile.ts), in µs per
 * request, on against off. Garbage collection: the collections of each
 * block, counted and timed. Allocation: V8's sampling heap profiler over
 * further blocks, freed objects included, in bytes per request by
 * function. Writes a Markdown summary and its JSON to bench/profiles/<OUT>;
 * the raw profiles are left in a temporary folder and removed.
 */
async function main(): Promise<void> {
  const bench = await openBenchGraph({ heapSize: '1g', pageCacheSize: '512m', log: console.log });
  const sink = await spawnOtlpSink();
  const work = mkdtempSync(path.join(os.tmpdir(), 'trace-profile-'));
  let service: Awaited<ReturnType<typeof spawnPairedServices>> | undefined;
  try {
    if (!(await holdsDataset(bench.graph, 'small', 1))) {
      await loadDataset(bench.graph, generateDataset('small', 1).paths, console.log);
    }
    const fixtures = await pickFixtures(bench.graph);
    const shape = allShapes(fixtures).find((s) => s.name === SHAPE);
    if (!shape) throw new Error(`unknown shape ${SHAPE}`);
    const traced = signalSettingsFromEnvironment({
      OTEL_EXPORTER_OTLP_ENDPOINT: new URL(sink.tracesUrl).origin,
      OTEL_SERVICE_NAME: 'bench',
    });
    service = await spawnPairedServices(bench.settings, {
      on: traced,
      off: signalSettingsFromEnvironment({}),
    });
    const request = oursRequest(shape);
    const load = (copy: Copy, seconds: number) =>
      runLoad({
        url: service!.urls[copy]!,
        request,
        connections: CONNECTIONS,
        durationSeconds: seconds,
        warmupSeconds: 0,
        pid: service!.pid,
      });
    for (const copy of COPIES) await load(copy, WARMUP_SECONDS);
    const loadBefore = os.loadavg()[0] ?? 0;
    const cpu = emptyTotals();
    const heap = emptyTotals();
    for (let round = 0; round < ROUNDS + HEAP_ROUNDS; round += 1) {
      const heapRound = round >= ROUNDS;
      for (const copy of round % 2 === 0 ? COPIES : [...COPIES].reverse()) {
        await load(copy, 1);
        const file = path.join(work, `${copy}-${round}.${heapRound ? 'heap' : 'cpu'}profile`);
        await service.ask(
          heapRound
            ? { command: 'heap-start', samplingIntervalBytes: HEAP_SAMPLING_BYTES }
            : { command: 'profile-start', samplingIntervalUs: SAMPLING_INTERVAL_US },
        );
        const result = await load(copy, BLOCK_SECONDS);
        const { gc } = await service.ask({
          command: heapRound ? 'heap-stop' : 'profile-stop',
          file,
        });
        const totals = (heapRound ? heap : cpu)[copy];
        totals.requests += result.requests;
        totals.cpuSeconds += result.cpuSeconds ?? Number.NaN;
        if (gc) addGc(totals.gc, gc);
        if (heapRound) addAll(totals.byFunction, allocatedByFunction(file));
        else {
          addAll(totals.byFunction, selfByFunction(file));
          addAll(totals.byLayer, summariseProfile(file).charged);
        }
        console.log(
          `${heapRound ? 'heap' : 'cpu'} ${copy} round ${round + 1}: ${result.requestsPerSecond.toFixed(0)} req/s, ` +
            `${(((result.cpuSeconds ?? Number.NaN) / result.requests) * 1e6).toFixed(0)} µs CPU/request`,
        );
      }
    }
    const loadAfter = os.loadavg()[0] ?? 0;
    const text = report(cpu, heap, loadBefore, loadAfter);
    console.log(text);
    const dir = path.join(PROJECT_ROOT, 'bench', 'profiles');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `${OUT}.md`), text);
  } finally {
    await service?.stop();
    await sink.close();
    await bench.close();
    // KEEP_RAW=1 keeps the raw profiles for a closer look.
    if (process.env.KEEP_RAW) console.log(`raw profiles in ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

interface Totals {
  requests: number;
  cpuSeconds: number;
  gc: GcCount;
  /** ms (CPU) or bytes (heap) per function. */
  byFunction: Map<string, number>;
  byLayer: Map<string, number>;
}

function emptyTotals(): Record<Copy, Totals> {
  const one = (): Totals => ({
    requests: 0,
    cpuSeconds: 0,
    gc: { minor: { count: 0, ms: 0 }, major: { count: 0, ms: 0 }, other: { count: 0, ms: 0 } },
    byFunction: new Map(),
    byLayer: new Map(),
  });
  return { on: one(), off: one() };
}

function addGc(into: GcCount, from: GcCount): void {
  for (const kind of ['minor', 'major', 'other'] as const) {
    into[kind].count += from[kind].count;
    into[kind].ms += from[kind].ms;
  }
}

function addAll(into: Map<string, number>, from: Map<string, number>): void {
  for (const [key, value] of from) into.set(key, (into.get(key) ?? 0) + value);
}

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

/** A function's name and where it is: a package's file, a file of ours, or Node's. */
function functionKey({ functionName, url, lineNumber }: CallFrame): string {
  const name = functionName === '' ? '(anonymous)' : functionName;
  if (url === '') return name;
  const modules = /node_modules\/(.+)$/.exec(url);
  const ours = /\/dist\/(.+)$/.exec(url);
  const where = modules?.[1] ?? ours?.[1] ?? url;
  return `${name} ${where}:${lineNumber + 1}`;
}

/** Self time (ms) per function of a `.cpuprofile`. */
function selfByFunction(file: string): Map<string, number> {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as {
    nodes: Array<{ id: number; callFrame: CallFrame }>;
    samples: number[];
    timeDeltas: number[];
  };
  const keys = new Map(profile.nodes.map((node) => [node.id, functionKey(node.callFrame)]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const key = keys.get(id) ?? '?';
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  return self;
}

interface HeapNode {
  callFrame: CallFrame;
  selfSize: number;
  children: HeapNode[];
}

/** Bytes allocated per function (sampled) in a sampling heap profile. */
function allocatedByFunction(file: string): Map<string, number> {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as { head: HeapNode };
  const bytes = new Map<string, number>();
  const visit = (node: HeapNode) => {
    const key = functionKey(node.callFrame);
    if (node.selfSize > 0) bytes.set(key, (bytes.get(key) ?? 0) + node.selfSize);
    for (const child of node.children) visit(child);
  };
  visit(profile.head);
  return bytes;
}

function sum(map: Map<string, number>, skip: (key: string) => boolean = () => false): number {
  let total = 0;
  for (const [key, value] of map) if (!skip(key)) total += value;
  return total;
}

function report(
  cpu: Record<Copy, Totals>,
  heap: Record<Copy, Totals>,
  loadBefore: number,
  loadAfter: number,
): string {
  const perRequest = (totals: Totals, ms: number) => (ms / totals.requests) * 1000;
  const idle = (key: string) => key === '(idle)' || key.startsWith('(program)');
  const row = (label: string, on: number, off: number, digits = 1) =>
    `| ${label.replaceAll('|', '\\|')} | ${on.toFixed(digits)} | ${off.toFixed(digits)} | ${(on - off).toFixed(digits)} |`;
  const diffRows = (
    on: Map<string, number>,
    off: Map<string, number>,
    scale: (copy: Copy, value: number) => number,
    count: number,
    digits = 1,
  ) =>
    [...new Set([...on.keys(), ...off.keys()])]
      .map((key) => ({
        key,
        on: scale('on', on.get(key) ?? 0),
        off: scale('off', off.get(key) ?? 0),
      }))
      .sort((a, b) => Math.abs(b.on - b.off) - Math.abs(a.on - a.off))
      .slice(0, count)
      .map((r) => row(r.key, r.on, r.off, digits));
  const cpuScale = (copy: Copy, ms: number) => perRequest(cpu[copy], ms);
  const heapScale = (copy: Copy, bytes: number) => bytes / heap[copy].requests;
  const gcRows = (totals: Record<Copy, Totals>) =>
    (['minor', 'major', 'other'] as const).flatMap((kind) => [
      row(
        `${kind} collections per 1,000 requests`,
        (totals.on.gc[kind].count / totals.on.requests) * 1000,
        (totals.off.gc[kind].count / totals.off.requests) * 1000,
        2,
      ),
      row(
        `${kind} collections, µs per request`,
        perRequest(totals.on, totals.on.gc[kind].ms),
        perRequest(totals.off, totals.off.gc[kind].ms),
      ),
    ]);
  const lines = [
    `# Where traces cost: ${SHAPE}, traced (on) against untraced (off) in one process`,
    '',
    `${ROUNDS} CPU-profiled blocks of ${BLOCK_SECONDS} s per copy (sampled every ${SAMPLING_INTERVAL_US} µs) ` +
      `and ${HEAP_ROUNDS} allocation-sampled block(s) per copy (every ${HEAP_SAMPLING_BYTES} bytes, freed objects included), ` +
      `${CONNECTIONS} connections, alternating copies; ${cpu.on.requests} and ${cpu.off.requests} requests profiled. ` +
      `Load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after. Produced by ` +
      '`node dist/bench/signals/profile-trace-overhead-paired.js`.',
    '',
    '## Per request',
    '',
    '| | on | off | on − off |',
    '|---|---:|---:|---:|',
    row(
      'process CPU (user + system, /proc), µs',
      (cpu.on.cpuSeconds / cpu.on.requests) * 1e6,
      (cpu.off.cpuSeconds / cpu.off.requests) * 1e6,
    ),
    row(
      'main thread busy (profile, idle and program left out), µs',
      perRequest(cpu.on, sum(cpu.on.byFunction, idle)),
      perRequest(cpu.off, sum(cpu.off.byFunction, idle)),
    ),
    row(
      'garbage collector on the main thread (profile), µs',
      perRequest(cpu.on, cpu.on.byFunction.get('(garbage collector)') ?? 0),
      perRequest(cpu.off, cpu.off.byFunction.get('(garbage collector)') ?? 0),
    ),
    ...gcRows(cpu),
    row(
      'allocated (sampled), bytes',
      sum(heap.on.byFunction) / heap.on.requests,
      sum(heap.off.byFunction) / heap.off.requests,
      0,
    ),
    '',
    '## Self time by layer, µs per request (largest differences)',
    '',
    '| layer | on | off | on − off |',
    '|---|---:|---:|---:|',
    ...diffRows(cpu.on.byLayer, cpu.off.byLayer, cpuScale, 25),
    '',
    '## Self time by function, µs per request (largest differences)',
    '',
    '| function | on | off | on − off |',
    '|---|---:|---:|---:|',
    ...diffRows(cpu.on.byFunction, cpu.off.byFunction, cpuScale, 40),
    '',
    '## Allocation by function, bytes per request (largest differences)',
    '',
    '| function | on | off | on − off |',
    '|---|---:|---:|---:|',
    ...diffRows(heap.on.byFunction, heap.off.byFunction, heapScale, 30, 0),
    '',
  ];
  return lines.join('\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
