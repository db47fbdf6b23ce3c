import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../src/graph/graph-client.js';
import { openTestGraph, resetAndSeed } from '../helpers/test-graph.js';
import { startTestService, type TestService } from '../helpers/test-service.js';

const SLOTS = 16;
const SLOW_CLIENTS = 24;
const BODY = JSON.stringify({ query: '{ totals { projectCount } }' });

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A raw connection that sends its headers at once and its body one byte per `everyMs`. */
interface Trickler {
  /** Body bytes sent so far. */
  sent: number;
  finished: boolean;
  stop(): void;
}

function trickle(port: number, body: string, everyMs: number): Trickler {
  const socket = net.connect(port, '127.0.0.1');
  socket.on('error', () => {});
  const state: Trickler = {
    sent: 0,
    finished: false,
    stop: () => {
      clearInterval(timer);
      socket.destroy();
    },
  };
  socket.write(
    `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n`,
  );
  // Bounded: the interval stops itself after the last byte of the body.
  const timer = setInterval(() => {
    if (state.sent >= body.length) {
      state.finished = true;
      clearInterval(timer);
      return;
    }
    socket.write(body[state.sent] ?? '');
    state.sent += 1;
  }, everyMs);
  return state;
}

/** What a raw connection receives until the server closes it. */
function receiveUntilClosed(socket: net.Socket): Promise<{ text: string; closed: boolean }> {
  return new Promise((resolve) => {
    let text = '';
    socket.on('data', (chunk) => (text += chunk.toString('latin1')));
    socket.on('error', () => {});
    socket.on('close', () => resolve({ text, closed: true }));
    // A bound on the wait (several times the configured timeout), not a speed check.
    setTimeout(() => resolve({ text, closed: socket.destroyed }), 20_000).unref();
  });
}

// Slow clients must not hold the slots that run requests: the body is read
// (and size-checked) before admission, and the server cuts requests that
// never finish their headers or body.
describe('slow clients', () => {
  let graph: GraphClient;

  beforeAll(async () => {
    graph = openTestGraph();
    await resetAndSeed(graph);
  });

  afterAll(async () => {
    await graph?.driver.close();
  });

  describe('with 16 slots and 24 clients sending their body a byte at a time', () => {
    let api: TestService;
    let tricklers: Trickler[] = [];

    beforeAll(async () => {
      api = await startTestService(graph, { admission: { concurrent: SLOTS, queued: 1_000 } });
    });

    afterAll(async () => {
      for (const trickler of tricklers) trickler.stop();
      await api?.stop();
    });

    it('an ordinary query is answered with data while every slow client is still sending', async () => {
      const port = Number(new URL(api.url).port);
      tricklers = Array.from({ length: SLOW_CLIENTS }, () => trickle(port, BODY, 150));
      // Let every slow client's headers and first bytes reach the server.
      for (let turn = 0; turn < 100 && tricklers.some((t) => t.sent < 3); turn += 1) {
        await pause(20);
      }
      expect(tricklers.every((t) => t.sent >= 3)).toBe(true);

      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ totals { organisationCount } }' }),
      });
      const stillSending = tricklers.filter((t) => !t.finished).length;
      const body = (await response.json()) as { data?: { totals: { organisationCount: number } } };

      expect(response.status).toBe(200);
      expect(body.data?.totals.organisationCount).toBeGreaterThan(0);
      // Answered before any slow client finished: it never waited for one of them.
      expect(stillSending).toBe(SLOW_CLIENTS);
    });
  });

  describe('with short server timeouts', () => {
    let api: TestService;

    beforeAll(async () => {
      api = await startTestService(graph, {
        timeouts: { headersMs: 500, requestMs: 1_000, keepAliveMs: 500 },
      });
    });

    afterAll(async () => {
      await api?.stop();
    });

    it.each([
      [
        'a body that never ends',
        `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"qu`,
      ],
      ['headers that never end', `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Ty`],
    ])('cuts %s: 408, connection closed', async (_name, partialRequest) => {
      const socket = net.connect(Number(new URL(api.url).port), '127.0.0.1');
      const received = receiveUntilClosed(socket);
      socket.write(partialRequest);
      const { text, closed } = await received;
      socket.destroy();
      expect(closed).toBe(true);
      expect(text).toMatch(/^HTTP\/1\.1 408 /);
    });
  });
});
