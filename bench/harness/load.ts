import autocannon from 'autocannon';
import type { ShapeRequest } from '../shapes/shape.js';
import { cpuSecondsOf } from './cpu-time.js';
import { percentile } from './percentile.js';
import { RssSampler } from './rss-sampler.js';

export interface LoadOptions {
  /** Base URL of the system. */
  url: string;
  request: ShapeRequest;
  connections: number;
  durationSeconds: number;
  /** Load before the measurement, discarded. */
  warmupSeconds: number;
  /** Instead of a fixed duration: stop after this many responses (smoke runs). */
  amount?: number;
  /** The serving process, whose resident memory and CPU time are read during the measurement. */
  pid?: number;
}

/** What one fixed-duration load at a fixed concurrency measured. */
export interface LoadRun {
  connections: number;
  durationSeconds: number;
  /** Responses received in the measured period. */
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; mean: number; max: number };
  /** Connection errors, timeouts, non-2xx statuses, and 2xx bodies carrying GraphQL errors. */
  errors: number;
  timeouts: number;
  non2xx: number;
  errorBodies: number;
  peakRssBytes: number | null;
  /**
   * CPU time (user and system) the serving process used over the measured
   * period, in seconds; null without a pid or where it cannot be read.
   * Divided by `requests`, the CPU cost of a request: it leaves out the
   * time the process waited for a core, which throughput does not.
   */
  cpuSeconds: number | null;
  /**
   * The measured responses slower than 3× the median: when each was sent,
   * in seconds from the start of the measured period (negative: during the
   * warm-up), and how long it took, in ms; sent order, at most 200. All sent
   * within a moment of each other: one stall held them all; spread over the
   * period: a queue.
   */
  tail: { sentAtSeconds: number; ms: number }[];
  /**
   * The latencies of the responses to requests sent within the measured
   * period only. `latencyMs` also holds requests sent during the warm-up
   * and answered within the period: at 50 connections, the first wave of a
   * load, sent all at once, can take seconds and decide its p99.
   */
  sentInPeriod: { requests: number; p50Ms: number; p99Ms: number };
}

/** A response slower than this many medians counts as part of the tail. */
const TAIL_MEDIANS = 3;
const TAIL_KEPT = 200;

/**
 * Drives one system with autocannon (as a library): `connections` keep-alive
 * connections each sending the shape's request back to back, for the warm-up
 * and the measured period in one continuous run. Only responses that arrive
 * within the measured period count: throughput is their number over its
 * length, latencies are theirs (autocannon's summary has no p95). A separate
 * warm-up run would leave the server working on the requests it abandoned,
 * at the expense of the measurement. Memory is sampled over the measured
 * period.
 */
export async function runLoad(options: LoadOptions): Promise<LoadRun> {
  const base = {
    url: `${options.url}${options.request.path}`,
    method: 'POST' as const,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(options.request.body),
    connections: options.connections,
    pipelining: 1,
    timeout: 60,
    renderProgressBar: false,
    renderResultsTable: false,
    renderLatencyTable: false,
    // A response with GraphQL errors still has status 200: look into the body.
    verifyBody: (body: unknown) => !String(body ?? '').includes('"errors"'),
  };
  const latencies: number[] = [];
  const sent: { sentAt: number; ms: number }[] = [];
  const sampler = options.pid === undefined ? undefined : new RssSampler(options.pid);
  const began = performance.now();
  const measureFrom = began + (options.amount ? 0 : options.warmupSeconds * 1000);
  const measureTo = measureFrom + options.durationSeconds * 1000;
  // CPU time read at the measured period's start and end.
  const cpu: { from?: number | null; to?: number | null } = {};
  const readCpu = () => (options.pid === undefined ? null : cpuSecondsOf(options.pid));
  const startMeasuring = () => {
    sampler?.start();
    cpu.from = readCpu();
  };
  const timer = options.amount
    ? undefined
    : setTimeout(startMeasuring, options.warmupSeconds * 1000);
  const endTimer = options.amount
    ? undefined
    : setTimeout(() => (cpu.to = readCpu()), measureTo - began);
  if (options.amount) startMeasuring();
  const result = await fire(
    options.amount
      ? { ...base, amount: options.amount }
      : { ...base, duration: options.warmupSeconds + options.durationSeconds },
    (ms) => {
      const now = performance.now();
      if (options.amount || (now >= measureFrom && now <= measureTo)) {
        latencies.push(ms);
        sent.push({ sentAt: now - ms, ms });
      }
    },
  );
  clearTimeout(timer);
  clearTimeout(endTimer);
  if (cpu.to === undefined) cpu.to = readCpu();
  const peakRssBytes = sampler?.stop() ?? null;
  const cpuSeconds = cpu.from == null || cpu.to == null ? null : cpu.to - cpu.from;
  const measuredSeconds = options.amount
    ? (performance.now() - began) / 1000
    : options.durationSeconds;
  latencies.sort((a, b) => a - b);
  const mean = latencies.reduce((sum, ms) => sum + ms, 0) / Math.max(1, latencies.length);
  const tailFrom = TAIL_MEDIANS * percentile(latencies, 50);
  const tail = sent
    .filter((response) => response.ms > tailFrom)
    .slice(0, TAIL_KEPT)
    .map((response) => ({
      sentAtSeconds: Math.round(response.sentAt - measureFrom) / 1000,
      ms: Math.round(response.ms),
    }))
    .sort((a, b) => a.sentAtSeconds - b.sentAtSeconds);
  const inPeriod = sent
    .filter((response) => options.amount !== undefined || response.sentAt >= measureFrom)
    .map((response) => response.ms)
    .sort((a, b) => a - b);
  return {
    connections: options.connections,
    durationSeconds: measuredSeconds,
    requests: latencies.length,
    requestsPerSecond: latencies.length / measuredSeconds,
    latencyMs: {
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      mean,
      max: latencies.at(-1) ?? Number.NaN,
    },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    errorBodies: result.mismatches,
    peakRssBytes,
    cpuSeconds,
    tail,
    sentInPeriod: {
      requests: inPeriod.length,
      p50Ms: percentile(inPeriod, 50),
      p99Ms: percentile(inPeriod, 99),
    },
  };
}

function fire(
  options: autocannon.Options,
  onLatency: (ms: number) => void,
): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error: unknown, result) =>
      error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(result),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => onLatency(responseTime));
  });
}
