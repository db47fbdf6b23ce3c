import type { RequestHandler } from 'express';
import pLimit from 'p-limit';
import { errorBody } from './error-body.js';
import { requestIdOf } from './request-id.js';
import { ErrorCode } from '../errors.js';
import type { AdmissionState } from '../signals/service-metrics.js';
import { refuseWhileStopping } from './shutdown-gate.js';

/** Who watches the line (metrics): its state, read when needed, and each refusal. */
export interface AdmissionWatcher {
  watch(state: AdmissionState): void;
  refused(): void;
}

/** How many requests run at once, and how many may wait for their turn. */
export interface AdmissionLimits {
  /** Requests executed at the same time. */
  concurrent: number;
  /** Requests waiting in line once every slot is taken; one more is turned away with 503. */
  queued: number;
}

/**
 * A few requests per core of a small machine at once; a burst beyond a
 * thousand waiting is better refused than held for minutes.
 */
export const DEFAULT_ADMISSION: AdmissionLimits = { concurrent: 16, queued: 1_000 };

/** The admission control, and what a stopping service asks of it. */
export interface AdmissionControl extends RequestHandler {
  /**
   * Answers every request still waiting for a slot with 503 SERVICE_BUSY
   * (`Connection: close`) at once, rather than run it after the running
   * ones: a stopping service finishes what it started and nothing else.
   */
  turnAwayWaiting(): void;
}

/**
 * Lets at most `concurrent` requests run at once; later ones wait in line,
 * first come first served, and a request arriving when `queued` already wait
 * is answered 503 at once. Running every request of a burst at the same time
 * finishes none of them sooner: they share the same cores and the same
 * database, each takes longer, and the data of every half-finished request
 * outlives the young-generation collections and fills the heap. A request
 * whose client has gone while it waited is skipped. Mount it after the body
 * is read: a client that sends its body slowly must not hold a slot.
 */
export function admissionControl(
  limits: AdmissionLimits,
  watcher?: AdmissionWatcher,
): AdmissionControl {
  const limit = pLimit(limits.concurrent);
  // How to turn away each request that waits for its turn (at shutdown).
  const waiting = new Set<() => void>();
  watcher?.watch({ running: () => limit.activeCount, waiting: () => limit.pendingCount });
  const handler: RequestHandler = (request, response, next) => {
    // Counted together: p-limit starts a queued task a moment later, so a
    // request admitted to a free slot is briefly "pending" too.
    if (limit.activeCount + limit.pendingCount >= limits.concurrent + limits.queued) {
      watcher?.refused();
      response
        .status(503)
        .set('Retry-After', '1')
        .json(
          errorBody(requestIdOf(request), {
            message: `The service is busy: ${limit.activeCount} requests are running and ${limit.pendingCount} are waiting. Retry in a moment.`,
            extensions: { code: ErrorCode.SERVICE_BUSY },
          }),
        );
      return;
    }
    const turnAway = () => {
      if (response.closed || response.writableEnded) return;
      watcher?.refused();
      refuseWhileStopping(response, requestIdOf(request));
    };
    waiting.add(turnAway);
    void limit(
      () =>
        new Promise<void>((done) => {
          waiting.delete(turnAway);
          // The socket, not the request: a request whose body has been read is
          // already "destroyed" while its client still waits for the answer.
          // Answered already: turned away while it waited.
          if (response.closed || response.writableEnded || request.socket.destroyed) return done();
          response.once('close', () => done());
          next();
        }),
    );
  };
  return Object.assign(handler, {
    turnAwayWaiting: () => {
      for (const turnAway of [...waiting]) {
        waiting.delete(turnAway);
        turnAway();
      }
    },
  });
}
