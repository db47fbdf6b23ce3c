import { describe, expect, it } from 'vitest';
import { getFresh } from '../helpers/fresh-connection.js';
import { useSeededServiceProcess } from '../helpers/seeded-service-process.js';

/**
 * `npm start` with WORKERS=2: one primary, two workers sharing the port.
 * Each answer says which worker gave it (/health); a worker killed hard is
 * replaced; SIGTERM stops the workers and then the primary, exit code 0.
 */
interface Health {
  status: string;
  worker: { id: number; pid: number };
}

async function workersAnswering(url: string, requests = 20): Promise<Map<number, number>> {
  const workers = new Map<number, number>();
  for (let i = 0; i < requests; i++) {
    const answer = await getFresh(`${url}/health`);
    expect(answer.status).toBe(200);
    const health = JSON.parse(answer.body) as Health;
    workers.set(health.worker.id, health.worker.pid);
  }
  return workers;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('npm start with WORKERS=2', () => {
  const seeded = useSeededServiceProcess({ WORKERS: '2' });

  it('announces two workers and serves from both', async () => {
    expect(seeded.service.run.output.join('\n')).toMatch(/GraphQL ready at .*\(2 workers,/);
    const workers = await workersAnswering(seeded.service.url);
    expect(workers.size).toBe(2);
    for (const pid of workers.values()) expect(pid).not.toBe(seeded.service.run.child.pid);
  });

  it('answers GraphQL and readiness from every worker', async () => {
    const seen = new Set<number>();
    for (let i = 0; i < 10; i++) {
      const ready = await getFresh(`${seeded.service.url}/ready`);
      expect(ready.status).toBe(200);
      const answer = await fetch(`${seeded.service.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', connection: 'close' },
        body: JSON.stringify({
          query: '{ organisation(id: "hamburg-fire-rescue-service") { id } }',
        }),
      });
      expect(((await answer.json()) as { errors?: unknown }).errors).toBeUndefined();
      seen.add(
        (JSON.parse((await getFresh(`${seeded.service.url}/health`)).body) as Health).worker.id,
      );
    }
    expect(seen.size).toBe(2);
  });

  it('replaces a worker that is killed, and says so', async () => {
    const before = await workersAnswering(seeded.service.url);
    const [victimId, victimPid] = [...before.entries()][0]!;
    process.kill(victimPid, 'SIGKILL');
    const line = await seeded.service.run.waitForLine(/worker exited without being asked to/);
    expect(line).toContain(`"worker":${victimId}`);
    expect(line).toContain('"signal":"SIGKILL"');
    // The replacement listens: two workers answer again, the killed one is not among them.
    let after = new Map<number, number>();
    for (let attempt = 0; attempt < 240 && after.size < 2; attempt++) {
      after = await workersAnswering(seeded.service.url, 6);
      if (after.size < 2) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(after.size).toBe(2);
    expect([...after.values()]).not.toContain(victimPid);
  });

  it('stops every worker, then itself, with exit code 0 on SIGTERM', async () => {
    const workers = await workersAnswering(seeded.service.url);
    const exit = await seeded.service.stop();
    expect(exit).toEqual({ code: 0, signal: null });
    for (const pid of workers.values()) expect(isAlive(pid)).toBe(false);
    expect(seeded.service.run.output.join('\n')).toMatch(/"signal":"SIGTERM".*shutting down/);
  });
});
