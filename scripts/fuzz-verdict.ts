import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** What the fuzzer's recorded traffic shows. */
export interface FuzzVerdict {
  passed: boolean;
  requests: number;
  /** Responses by HTTP status. */
  statuses: Record<string, number>;
  /** Error codes seen in GraphQL responses, with counts. */
  errorCodes: Record<string, number>;
  serverErrors: number;
  internalErrors: number;
  unmasked: number;
}

interface Interaction {
  response: { status: { code: number }; body?: { string?: string; base64_string?: string } };
}

/** Text a client must never see: stack frames, driver or database internals. */
const UNMASKED = /at [\w.<>]+ \(|\.(js|ts):\d+|Neo4jError|Cypher|bolt:\/\//;

/**
 * Judges a Schemathesis cassette by the service's contract: passed when no
 * response is a 5xx, none carries INTERNAL_SERVER_ERROR, and none shows
 * internals. GraphQL errors with client codes (BAD_USER_INPUT,
 * UNAUTHENTICATED, limits …) are correct answers to random input.
 */
export function judgeCassette(file: string): FuzzVerdict {
  const verdict = emptyVerdict();
  if (!existsSync(file)) return verdict;
  const cassette = parse(readFileSync(file, 'utf8')) as { http_interactions?: Interaction[] };
  for (const { response } of cassette.http_interactions ?? []) {
    const body =
      response.body?.string ??
      (response.body?.base64_string
        ? Buffer.from(response.body.base64_string, 'base64').toString('utf8')
        : '');
    judgeResponse(verdict, response.status.code, body);
  }
  return settle(verdict);
}

/** A verdict before any response was judged. */
export function emptyVerdict(): FuzzVerdict {
  return {
    passed: false,
    requests: 0,
    statuses: {},
    errorCodes: {},
    serverErrors: 0,
    internalErrors: 0,
    unmasked: 0,
  };
}

/** Counts one response into the verdict: its status, its error codes, anything unmasked. */
export function judgeResponse(verdict: FuzzVerdict, status: number, body: string): void {
  verdict.requests += 1;
  verdict.statuses[status] = (verdict.statuses[status] ?? 0) + 1;
  if (status >= 500) verdict.serverErrors += 1;
  if (UNMASKED.test(body)) verdict.unmasked += 1;
  try {
    const parsed = JSON.parse(body) as { errors?: Array<{ extensions?: { code?: string } }> };
    for (const error of parsed.errors ?? []) {
      const code = error.extensions?.code ?? 'NONE';
      verdict.errorCodes[code] = (verdict.errorCodes[code] ?? 0) + 1;
      if (code === 'INTERNAL_SERVER_ERROR') verdict.internalErrors += 1;
    }
  } catch {
    // A non-JSON body is judged by its status alone.
  }
}

/** Sets `passed`: some traffic, and no 5xx, internal error or unmasked text in it. */
export function settle(verdict: FuzzVerdict): FuzzVerdict {
  verdict.passed =
    verdict.requests > 0 &&
    verdict.serverErrors === 0 &&
    verdict.internalErrors === 0 &&
    verdict.unmasked === 0;
  return verdict;
}
