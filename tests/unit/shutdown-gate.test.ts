import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { admissionControl } from '../../src/http/admission.middleware.js';
import { ShutdownGate } from '../../src/http/shutdown-gate.js';

/**
 * A stopping service's gate and admission line, on a server whose handler
 * holds each request until the test lets it go, with one keep-alive agent.
 */
async function gatedServer() {
  const gate = new ShutdownGate();
  const admission = admissionControl({ concurrent: 1, queued: 10 });
  const held = new Map<string, () => void>();
  const app = express();
  app.use(gate.middleware);
  app.get('/health', (_request, response) => {
    response.json({ status: 'ok' });
  });
  app.use(admission);
  app.get('/:name', (request, response) => {
    const name = String(request.params.name);
    held.set(name, () => response.json({ name }));
  });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const get = (path: string) =>
    new Promise<{ status: number; connection?: string; body: string }>((resolve, reject) => {
      http
        .get(`${base}${path}`, { agent }, (response) => {
          let body = '';
          response.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              connection: response.headers.connection,
              body,
            }),
          );
        })
        .on('error', reject);
    });
  const entered = (name: string) => held.has(name);
  return { gate, admission, server, agent, get, held, entered, base };
}

async function until(condition: () => boolean): Promise<void> {
  for (let turn = 0; turn < 400 && !condition(); turn += 1) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  expect(condition()).toBe(true);
}

let cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const step of cleanup) await step();
  cleanup = [];
});

describe('shutdown gate and admission line', () => {
  it('lets the running request finish with Connection: close, turns the waiting ones away at once', async () => {
    const service = await gatedServer();
    cleanup.push(async () => {
      service.agent.destroy();
      service.server.closeAllConnections();
      await new Promise((resolve) => service.server.close(resolve));
    });
    // Separate agents: one connection each, as separate clients.
    const client = () => new http.Agent({ keepAlive: true });
    const send = (path: string, agent: http.Agent) =>
      new Promise<{ status: number; connection?: string; body: string }>((resolve, reject) => {
        http
          .get(`${service.base}${path}`, { agent }, (response) => {
            let body = '';
            response.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
            response.on('end', () =>
              resolve({
                status: response.statusCode ?? 0,
                connection: response.headers.connection,
                body,
              }),
            );
          })
          .on('error', reject);
      });
    const agents = [client(), client(), client()];
    cleanup.push(async () => agents.forEach((agent) => agent.destroy()));
    const running = send('/running', agents[0]!);
    await until(() => service.entered('running'));
    const waiting = [send('/second', agents[1]!), send('/third', agents[2]!)];
    await new Promise((resolve) => setTimeout(resolve, 50));
    // A client with a kept-alive connection, idle when the stop begins.
    expect((await service.get('/health')).connection).not.toBe('close');

    service.gate.close();
    service.admission.turnAwayWaiting();
    const settled = service.gate.settled(10_000);
    for (const answer of await Promise.all(waiting)) {
      expect(answer.status).toBe(503);
      expect(answer.connection).toBe('close');
      expect(JSON.parse(answer.body).errors[0].extensions.code).toBe('SERVICE_BUSY');
    }
    // Its next request, on that open connection: refused, and told to close it.
    const late = await service.get('/late');
    expect(late).toMatchObject({ status: 503, connection: 'close' });
    // The probes still answer.
    expect((await send('/health', client())).status).toBe(200);

    service.held.get('running')!();
    const finished = await running;
    expect(finished).toMatchObject({ status: 200, connection: 'close' });
    expect(JSON.parse(finished.body)).toEqual({ name: 'running' });
    expect(await settled).toBe(true);
    // Turned away, never run.
    expect(service.entered('second')).toBe(false);
    expect(service.entered('third')).toBe(false);
  });

  it('says when the running answers outlast the grace', async () => {
    const service = await gatedServer();
    cleanup.push(async () => {
      service.agent.destroy();
      service.server.closeAllConnections();
      await new Promise((resolve) => service.server.close(resolve));
    });
    const running = service.get('/slow').catch(() => undefined);
    await until(() => service.entered('slow'));
    service.gate.close();
    expect(await service.gate.settled(50)).toBe(false);
    service.held.get('slow')!();
    expect(await running).toMatchObject({ status: 200, connection: 'close' });
  });

  it('is open and settled at once while nothing stops', async () => {
    const gate = new ShutdownGate();
    expect(gate.closed).toBe(false);
    expect(await gate.settled(0)).toBe(true);
  });
});
