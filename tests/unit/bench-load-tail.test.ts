import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLoad } from '../../bench/harness/load.js';

// A server whose first wave (the requests of the first 100 ms) waits 1.5 s
// and every later request 50 ms: what a load's first burst looks like when
// it queues behind something, and its steady state after.
const FIRST_WAVE_MS = 1_500;
const LATER_MS = 50;
let server: http.Server;
let url: string;
beforeAll(async () => {
  let firstAt: number | undefined;
  server = http.createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      const now = performance.now();
      firstAt ??= now;
      const wait = now - firstAt < 100 ? FIRST_WAVE_MS : LATER_MS;
      setTimeout(() => {
        response.setHeader('content-type', 'application/json');
        response.end('{"data":{}}');
      }, wait);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('a load of the benchmark', () => {
  it('tells the first wave, sent during the warm-up, from the requests sent in the measured period', async () => {
    const run = await runLoad({
      url,
      request: { path: '/graphql', body: { query: '{ __typename }' } },
      connections: 5,
      warmupSeconds: 1,
      durationSeconds: 2,
    });
    // The first wave is answered within the measured period, so it counts
    // in the latencies, and at about 200 responses its 5 decide the p99.
    expect(run.latencyMs.p99).toBeGreaterThanOrEqual(FIRST_WAVE_MS);
    expect(run.tail.length).toBeGreaterThanOrEqual(5);
    for (const slow of run.tail.slice(0, 5)) {
      expect(slow.sentAtSeconds).toBeLessThan(-0.8);
      expect(slow.ms).toBeGreaterThanOrEqual(FIRST_WAVE_MS);
    }
    // Counting only the requests sent in the period, the p99 is the steady state's.
    expect(run.sentInPeriod.requests).toBeGreaterThan(0);
    expect(run.sentInPeriod.requests).toBeLessThan(run.requests);
    expect(run.sentInPeriod.p99Ms).toBeLessThan(FIRST_WAVE_MS);
  });
});
