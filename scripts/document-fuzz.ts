import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import pLimit from 'p-limit';
import { SCHEMA_FILE } from '../src/schema-file.js';
import { emptyVerdict, judgeResponse, settle, type FuzzVerdict } from './fuzz-verdict.js';
import { hostileDocuments } from './hostile-documents.js';

/** What the document fuzzer found, beyond the verdict every fuzzer gives. */
export interface DocumentFuzzReport extends FuzzVerdict {
  seed: number;
  /** Requests by family of hostile document. */
  families: Record<string, number>;
  /** Requests the client gave up on after `timeoutMs` (a stalled service). */
  clientTimeouts: number;
  /** Slowest answer of /health while the fuzzer ran: whether one request could stall the process. */
  healthMaxMs: number;
  /** Slowest GraphQL answer, and the family of the document that took it. */
  slowest: { ms: number; family: string };
}

export interface DocumentFuzzOptions {
  seed: number;
  count: number;
  /** Requests in flight at once. */
  concurrency: number;
  /** An editor token, so generated mutations get past authentication. */
  token?: string;
  timeoutMs?: number;
}

/**
 * Sends the hostile documents of `hostile-documents.ts` to a running
 * service and judges every answer by the service's contract (no 5xx, no
 * internal error, nothing unmasked), while probing /health to record how
 * long the process was unresponsive. Schemathesis sends no fragments; this
 * fuzzer sends little else.
 */
export async function runDocumentFuzzer(
  url: string,
  options: DocumentFuzzOptions,
): Promise<DocumentFuzzReport> {
  const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
  const requests = hostileDocuments(schema, options.seed, options.count);
  const timeoutMs = options.timeoutMs ?? 30_000;
  const verdict = emptyVerdict();
  const families: Record<string, number> = {};
  let clientTimeouts = 0;
  const slowest = { ms: 0, family: '' };

  let fuzzing = true;
  let healthMaxMs = 0;
  const healthProbe = (async () => {
    while (fuzzing) {
      const started = performance.now();
      await fetch(`${url}/health`, { signal: AbortSignal.timeout(timeoutMs) }).catch(() => {});
      healthMaxMs = Math.max(healthMaxMs, performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();

  const limit = pLimit(options.concurrency);
  await Promise.all(
    requests.map((request) =>
      limit(async () => {
        families[request.family] = (families[request.family] ?? 0) + 1;
        const started = performance.now();
        try {
          const response = await fetch(`${url}/graphql`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
            },
            body: JSON.stringify({ query: request.query, variables: request.variables }),
            signal: AbortSignal.timeout(timeoutMs),
          });
          judgeResponse(verdict, response.status, await response.text());
        } catch {
          clientTimeouts += 1;
          verdict.requests += 1;
        }
        const ms = performance.now() - started;
        if (ms > slowest.ms) Object.assign(slowest, { ms, family: request.family });
      }),
    ),
  );
  fuzzing = false;
  await healthProbe;
  const settled = settle(verdict);
  return {
    ...settled,
    passed: settled.passed && clientTimeouts === 0,
    seed: options.seed,
    families,
    clientTimeouts,
    healthMaxMs: Math.round(healthMaxMs),
    slowest: { ms: Math.round(slowest.ms), family: slowest.family },
  };
}
