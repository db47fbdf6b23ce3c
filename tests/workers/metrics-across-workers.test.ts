import { describe, expect, it } from 'vitest';
import { getFresh, requestFresh } from '../helpers/fresh-connection.js';
import { parsePrometheusText, total, type Sample } from '../helpers/prometheus-text.js';
import { useSeededServiceProcess } from '../helpers/seeded-service-process.js';

/**
 * `/metrics` with WORKERS=2: whichever worker takes the scrape, it answers
 * for both (the primary gathers them), so every scrape counts every request;
 * while a worker is starting, scrapes answer for the others.
 */
const READS = 24;
const INVALID = 6;

function graphql(url: string, query: string) {
  return requestFresh(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
}

async function scrape(url: string): Promise<Sample[]> {
  const answer = await getFresh(`${url}/metrics`);
  expect(answer.status).toBe(200);
  return parsePrometheusText(answer.body);
}

describe('/metrics with WORKERS=2', () => {
  const seeded = useSeededServiceProcess({ WORKERS: '2', METRICS: 'true' });

  it('counts the requests of both workers in every scrape', async () => {
    // Each on a connection of its own: the primary hands them to the workers in turn.
    for (let i = 0; i < READS; i++) {
      const answer = await graphql(
        seeded.service.url,
        '{ organisation(id: "hamburg-fire-rescue-service") { id } }',
      );
      expect(answer.status).toBe(200);
    }
    for (let i = 0; i < INVALID; i++) {
      const answer = await graphql(seeded.service.url, '{ noSuchField }');
      expect(answer.status).toBe(400);
    }

    // Several scrapes, so that each worker answers at least one.
    for (let i = 0; i < 4; i++) {
      const samples = await scrape(seeded.service.url);
      const ok = { route: '/graphql', method: 'POST', status: '200' };
      expect(total(samples, 'http_requests_total', ok)).toBe(READS);
      expect(total(samples, 'http_requests_total', { route: '/graphql', status: '400' })).toBe(
        INVALID,
      );
      expect(total(samples, 'graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(
        INVALID,
      );
      expect(total(samples, 'http_request_duration_seconds_count', { route: '/graphql' })).toBe(
        READS + INVALID,
      );
      // Both workers served, and their own series add up to the whole.
      const perWorker = new Map<string, number>();
      for (const sample of samples.filter(
        (s) => s.name === 'http_requests_total' && s.labels.status === '200',
      )) {
        const worker = sample.labels.worker ?? '';
        perWorker.set(worker, (perWorker.get(worker) ?? 0) + sample.value);
      }
      expect(perWorker.size).toBe(2);
      for (const count of perWorker.values()) expect(count).toBeGreaterThan(0);
      expect([...perWorker.values()].reduce((sum, count) => sum + count, 0)).toBe(READS);
      expect(total(samples, 'neo4j_round_trips_total')).toBeGreaterThanOrEqual(READS);
    }
  });

  it('answers every scrape while a killed worker is replaced, counting the workers that can', async () => {
    const health = JSON.parse((await getFresh(`${seeded.service.url}/health`)).body) as {
      worker: { pid: number };
    };
    process.kill(health.worker.pid, 'SIGKILL');
    await seeded.service.run.waitForLine(/worker exited without being asked to/);
    // The replacement is forked but still starting: it cannot answer yet.
    const seen: Array<{ status: number; alive?: number; reporting?: number }> = [];
    for (let attempt = 0; attempt < 240; attempt++) {
      const answer = await getFresh(`${seeded.service.url}/metrics`);
      if (answer.status !== 200) {
        seen.push({ status: answer.status });
        break;
      }
      const samples = parsePrometheusText(answer.body);
      const reporting = total(samples, 'cluster_workers_reporting');
      seen.push({ status: 200, alive: total(samples, 'cluster_workers'), reporting });
      if (reporting === 2) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(seen.filter((scrape) => scrape.status !== 200)).toEqual([]);
    for (const scrape of seen) {
      expect(scrape.alive).toBe(2);
      expect(scrape.reporting).toBeGreaterThanOrEqual(1);
    }
    expect(seen.at(-1)?.reporting).toBe(2);
  });

  it('stops with exit code 0', async () => {
    expect(await seeded.service.stop()).toEqual({ code: 0, signal: null });
  });
});
