import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { admissionControl, type AdmissionLimits } from '../../src/http/admission.middleware.js';

/**
 * A server whose handler holds every request until the test lets it go, so
 * that which requests run, wait or are refused can be seen one by one.
 */
async function heldServer(limits: AdmissionLimits) {
  const entered: string[] = [];
  const held = new Map<string, () => void>();
  const app = express();
  // As in the service: the body is read before admission.
  app.use(express.json());
  app.use(admissionControl(limits));
  app.all('/:name', (request, response) => {
    const name = String(request.params.name);
    entered.push(name);
    held.set(name, () => response.json({ name }));
  });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    entered,
    server,
    request: (name: string, signal?: AbortSignal) => fetch(`${base}/${name}`, { signal }),
    post: (name: string) =>
      fetch(`${base}/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      }),
    release: (name: string) => {
      const respond = held.get(name);
      if (!respond) throw new Error(`${name} is not running`);
      respond();
    },
  };
}

/** Waits until `condition` holds (the server runs in this process; a few turns suffice). */
async function until(condition: () => boolean): Promise<void> {
  for (let turn = 0; turn < 200 && !condition(); turn += 1) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  expect(condition()).toBe(true);
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

let servers: http.Server[] = [];
afterEach(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  servers = [];
});

describe('admission control', () => {
  it('runs as many as allowed, queues the next in order, refuses beyond the queue', async () => {
    const service = await heldServer({ concurrent: 2, queued: 2 });
    servers.push(service.server);
    const first = service.request('first');
    const second = service.request('second');
    await until(() => service.entered.length === 2);
    const third = service.request('third');
    const fourth = service.request('fourth');
    await settle();
    expect(service.entered).toEqual(['first', 'second']);

    const refused = await service.request('fifth');
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    const body = (await refused.json()) as { errors: { message: string; extensions: object }[] };
    expect(body.errors[0]?.extensions).toEqual({ code: 'SERVICE_BUSY' });
    expect(body.errors[0]?.message).toBe(
      'The service is busy: 2 requests are running and 2 are waiting. Retry in a moment.',
    );

    service.release('second');
    await until(() => service.entered.length === 3);
    expect(service.entered[2]).toBe('third');
    service.release('first');
    await until(() => service.entered.length === 4);
    expect(service.entered[3]).toBe('fourth');
    service.release('third');
    service.release('fourth');
    const answers = await Promise.all([first, second, third, fourth]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
    expect(service.entered).not.toContain('fifth');
  });

  it('skips a waiting request whose client has gone, and frees its turn', async () => {
    const service = await heldServer({ concurrent: 1, queued: 10 });
    servers.push(service.server);
    const running = service.request('running');
    await until(() => service.entered.length === 1);
    const abandon = new AbortController();
    const abandoned = service.request('abandoned', abandon.signal).catch(() => 'aborted');
    const waiting = service.request('waiting');
    await settle();
    abandon.abort();
    expect(await abandoned).toBe('aborted');
    await settle();

    service.release('running');
    await until(() => service.entered.length === 2);
    expect(service.entered).toEqual(['running', 'waiting']);
    service.release('waiting');
    expect((await waiting).status).toBe(200);
    expect((await running).status).toBe(200);
  });

  it('runs a waiting request whose body was read before its turn', async () => {
    const service = await heldServer({ concurrent: 1, queued: 10 });
    servers.push(service.server);
    const running = service.request('running');
    await until(() => service.entered.length === 1);
    const posted = service.post('posted');
    await settle();
    expect(service.entered).toEqual(['running']);

    service.release('running');
    await until(() => service.entered.length === 2);
    expect(service.entered).toEqual(['running', 'posted']);
    service.release('posted');
    expect((await posted).status).toBe(200);
    expect((await running).status).toBe(200);
  });

  it('with no queue, runs up to the limit and refuses only what finds every slot taken', async () => {
    const service = await heldServer({ concurrent: 2, queued: 0 });
    servers.push(service.server);
    const first = service.request('first');
    const second = service.request('second');
    await until(() => service.entered.length === 2);
    const refused = await service.request('third');
    expect(refused.status).toBe(503);
    service.release('first');
    expect((await first).status).toBe(200);
    const fourth = service.request('fourth');
    await until(() => service.entered.length === 3);
    expect(service.entered).toEqual(['first', 'second', 'fourth']);
    service.release('second');
    service.release('fourth');
    expect((await second).status).toBe(200);
    expect((await fourth).status).toBe(200);
  });
});
