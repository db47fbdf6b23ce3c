import type { RequestHandler, Response } from 'express';
import { ErrorCode } from '../errors.js';
import { errorBody } from './error-body.js';
import { requestIdOf } from './request-id.js';

/** Longer than a request may run by default (NEO4J_TX_TIMEOUT_MS, 15 s), so that a stop cuts none. */
export const DEFAULT_SHUTDOWN_GRACE_MS = 30_000;

/** Paths that still answer while the service stops: liveness, and readiness saying "shutting down". */
const PROBES: ReadonlySet<string> = new Set(['/health', '/ready']);

/**
 * A stopping service's front gate. A client on a keep-alive connection may
 * send its next request at any moment; if the server simply closed that
 * connection, a request already on its way would be reset. So once the gate
 * closes, every answer carries `Connection: close` (the client opens its next
 * connection elsewhere), the requests already running finish, and a request
 * that arrives on a connection still open is answered at once with 503
 * SERVICE_BUSY instead of being run. Only once the running answers are
 * written does the server stop listening and close the idle connections.
 */
export class ShutdownGate {
  private isClosed = false;
  private readonly open = new Set<Response>();
  /** Called when the last open answer is written after close(). */
  private onDrained: (() => void) | undefined;

  get closed(): boolean {
    return this.isClosed;
  }

  /** Mounted first: tracks the answers being written, and turns new requests away once closed. */
  readonly middleware: RequestHandler = (request, response, next) => {
    if (this.isClosed) {
      response.setHeader('connection', 'close');
      if (PROBES.has(request.path)) return next();
      refuseWhileStopping(response, requestIdOf(request));
      return;
    }
    this.open.add(response);
    response.once('close', () => {
      this.open.delete(response);
      if (this.open.size === 0) this.onDrained?.();
    });
    next();
  };

  /** From now on: no new work, and no connection kept open after its answer. */
  close(): void {
    this.isClosed = true;
    for (const response of this.open) {
      if (!response.headersSent) response.setHeader('connection', 'close');
    }
  }

  /**
   * Resolves once every answer begun before `close()` is written (true), or
   * after `timeoutMs` (false). Meanwhile the server keeps listening, so that
   * a client still sending on an open connection is told to go (503,
   * `Connection: close`) instead of finding that connection closed under it.
   */
  async settled(timeoutMs: number): Promise<boolean> {
    if (this.open.size === 0) return true;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const drained = new Promise<boolean>((resolve) => {
      this.onDrained = () => resolve(true);
    });
    try {
      return await Promise.race([drained, timedOut]);
    } finally {
      clearTimeout(timer);
      this.onDrained = undefined;
    }
  }
}

/** 503 SERVICE_BUSY for a request the stopping service will not run; the client retries elsewhere. */
export function refuseWhileStopping(response: Response, requestId: string): void {
  response
    .status(503)
    .set({ 'Retry-After': '1', Connection: 'close' })
    .json(
      errorBody(requestId, {
        message:
          'The service is shutting down and did not run this request. Retry: another replica, or this one once restarted, will answer.',
        extensions: { code: ErrorCode.SERVICE_BUSY },
      }),
    );
}
