import http, { type RequestListener, type Server } from 'node:http';

/** How long a client may take over each part of a request, in milliseconds. */
export interface ServerTimeouts {
  /** To send the request line and all headers. */
  headersMs: number;
  /** To send the whole request, body included; at least `headersMs`. */
  requestMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveMs: number;
}

/**
 * Short enough that slow or stalled clients cannot pile up connections,
 * long enough for a 1 MB body on a poor mobile link.
 */
export const DEFAULT_SERVER_TIMEOUTS: ServerTimeouts = {
  headersMs: 10_000,
  requestMs: 30_000,
  keepAliveMs: 5_000,
};

/**
 * The HTTP server with its timeouts set. Node checks the headers and request
 * timeouts only every `connectionsCheckingInterval` (30 s by default), which
 * would let a stalled request live up to twice its limit; the check runs
 * here at a quarter of the shorter timeout (at most once a second). A
 * request cut by a timeout is answered 408 and its connection closed.
 */
export function createHttpServer(listener: RequestListener, timeouts: ServerTimeouts): Server {
  if (timeouts.headersMs > timeouts.requestMs) {
    throw new Error(
      `The headers timeout (${timeouts.headersMs} ms) must not exceed the request timeout (${timeouts.requestMs} ms).`,
    );
  }
  const server = http.createServer(
    {
      headersTimeout: timeouts.headersMs,
      requestTimeout: timeouts.requestMs,
      connectionsCheckingInterval: Math.max(
        10,
        Math.min(1_000, Math.floor(Math.min(timeouts.headersMs, timeouts.requestMs) / 4)),
      ),
    },
    listener,
  );
  server.keepAliveTimeout = timeouts.keepAliveMs;
  return server;
}
