import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { useSeededServiceProcess } from '../helpers/seeded-service-process.js';
import type { ServiceProcess } from '../helpers/service-process.js';

/**
 * SIGTERM while 30 keep-alive clients send nested queries back to back.
 * Each client sends its next request on the same connection as soon as it
 * has an answer, and stops once an answer says `Connection: close` or is a
 * 503. Every request sent must get a whole answer: 200 with data, or 503
 * SERVICE_BUSY (never a reset connection), and the process must exit 0.
 * Two slots per worker, so that most requests wait in the admission line.
 */
const CLIENTS = 30;
/** SIGTERM once this many answers have arrived: the load is well under way. */
const ANSWERS_BEFORE_SIGTERM = 40;

const NESTED = `query Nested {
  organisations(first: 20) {
    nodes {
      id
      participations(first: 5) {
        nodes { role project { id participations(first: 50) { nodes { role organisation { id name } } } } }
      }
    }
  }
}`;

interface Outcome {
  client: number;
  /** Sent after SIGTERM was sent (on a connection kept open). */
  afterSigterm: boolean;
  /** Answered after SIGTERM was sent. */
  answeredAfterSigterm?: boolean;
  reusedConnection: boolean;
  status?: number;
  connection?: string;
  code?: string;
  hasData?: boolean;
  error?: string;
}

function send(agent: http.Agent, url: string, client: number, afterSigterm: boolean) {
  return new Promise<Outcome>((resolve) => {
    const request = http.request(
      `${url}/graphql`,
      { method: 'POST', agent, headers: { 'content-type': 'application/json' } },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('error', (error) =>
          resolve({
            client,
            afterSigterm,
            reusedConnection: request.reusedSocket,
            error: error.message,
          }),
        );
        response.on('end', () => {
          let parsed: { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> } = {};
          try {
            parsed = JSON.parse(body) as typeof parsed;
          } catch {
            // An incomplete body: kept as it is, the assertions name it.
          }
          resolve({
            client,
            afterSigterm,
            reusedConnection: request.reusedSocket,
            status: response.statusCode,
            connection: response.headers.connection,
            code: parsed.errors?.[0]?.extensions?.code,
            hasData: parsed.data !== undefined && parsed.data !== null,
          });
        });
      },
    );
    request.on('error', (error: NodeJS.ErrnoException) =>
      resolve({
        client,
        afterSigterm,
        reusedConnection: request.reusedSocket,
        error: `${error.code ?? ''} ${error.message}`,
      }),
    );
    request.end(JSON.stringify({ query: NESTED }));
  });
}

async function stopUnderLoad(service: ServiceProcess) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
  const outcomes: Outcome[] = [];
  let sigtermSent = false;
  let exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }> | undefined;
  const client = async (id: number) => {
    for (;;) {
      const outcome = await send(agent, service.url, id, sigtermSent);
      outcomes.push({ ...outcome, answeredAfterSigterm: sigtermSent });
      if (!sigtermSent && outcomes.length >= ANSWERS_BEFORE_SIGTERM) {
        sigtermSent = true;
        const sentAt = performance.now();
        exit = service.stop().then((ended) => {
          // For the record, not a limit: the vitest timeout bounds the stop.
          console.info(
            `exited ${JSON.stringify(ended)} ${Math.round(performance.now() - sentAt)} ms after SIGTERM`,
          );
          return ended;
        });
      }
      const over =
        outcome.error !== undefined || outcome.status !== 200 || outcome.connection === 'close';
      if (over) return;
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, (_, id) => client(id)));
  agent.destroy();
  return { outcomes, exit: await exit, sigtermSent };
}

function expectWholeAnswers(outcomes: Outcome[]) {
  const broken = outcomes.filter((outcome) => outcome.error !== undefined);
  expect(broken).toEqual([]);
  for (const outcome of outcomes) {
    if (outcome.status === 200) expect(outcome.hasData).toBe(true);
    else
      expect({ status: outcome.status, code: outcome.code }).toEqual({
        status: 503,
        code: 'SERVICE_BUSY',
      });
  }
  // Every client was told to go: by a 503, or by an answer that closed its connection.
  const lastOfEach = new Map(outcomes.map((outcome) => [outcome.client, outcome]));
  expect(lastOfEach.size).toBe(CLIENTS);
  for (const last of lastOfEach.values()) {
    expect(last.status === 503 || last.connection === 'close').toBe(true);
  }
  // The 503s say so and close their connection.
  for (const refused of outcomes.filter((outcome) => outcome.status === 503)) {
    expect(refused.connection).toBe('close');
  }
}

describe.each([1, 2])('SIGTERM under load with WORKERS=%i', (workers) => {
  const seeded = useSeededServiceProcess({
    WORKERS: String(workers),
    MAX_CONCURRENT_REQUESTS: '2',
  });

  it('answers every request it received in full and exits 0', async () => {
    const { outcomes, exit, sigtermSent } = await stopUnderLoad(seeded.service);
    expect(sigtermSent).toBe(true);
    expectWholeAnswers(outcomes);
    // Some requests were running when SIGTERM came and finished.
    expect(outcomes.some((outcome) => outcome.answeredAfterSigterm && outcome.status === 200)).toBe(
      true,
    );
    expect(exit).toEqual({ code: 0, signal: null });
    expect(seeded.service.run.output.join('\n')).toMatch(/"signal":"SIGTERM".*shutting down/);
  });
});
