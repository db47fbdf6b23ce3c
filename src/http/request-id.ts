import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Span } from '@opentelemetry/api';
import type { Request, RequestHandler, Response } from 'express';

/**
 * What a client may send as its own `x-request-id`: short, printable, no
 * spaces or separators, so it can be logged and echoed as it came.
 */
export const REQUEST_ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * What travels with a traced request through its asynchronous work: its id
 * and the span its next statement or loader batch is a child of.
 */
export interface RequestScope {
  /** Undefined for work no request started (a background analysis's statements). */
  readonly id: string | undefined;
  /** The open span (tracing.ts). */
  span?: Span;
}

const assigned = new WeakMap<IncomingMessage, string>();
const scope = new AsyncLocalStorage<RequestScope>();

/** The client's id when it is safe to echo, else a fresh UUID. */
export function chooseRequestId(incoming: string | string[] | undefined): string {
  return typeof incoming === 'string' && REQUEST_ID_PATTERN.test(incoming)
    ? incoming
    : randomUUID();
}

/**
 * The request's id, chosen once per request. A request that did not pass
 * through `assignRequestId` (a handler mounted on its own) gets one here.
 */
export function requestIdOf(request: IncomingMessage): string {
  let id = assigned.get(request);
  if (id === undefined) {
    id = chooseRequestId(request.headers['x-request-id']);
    assigned.set(request, id);
  }
  return id;
}

/**
 * The first middleware: gives each request its id and puts it in the
 * `x-request-id` response header, so every answer carries it, errors
 * written before any route included.
 */
export function assignRequestId(): RequestHandler {
  return (request, response, next) => {
    response.setHeader('x-request-id', requestIdOf(request));
    next();
  };
}

/**
 * Runs the rest of the request inside its scope, for its trace: the
 * request's span is opened here and travels in the scope, so that the spans
 * of its statements and loader batches are its children. Mounted only with
 * traces on: on Node 20, once an AsyncLocalStorage has run, Node calls its
 * async hooks for every promise of the process, about 5 % of the CPU of a
 * `{ __typename }` request. Mount it where the request's own work begins
 * (after admission: a queued request is let in from another request's
 * callback).
 */
export function requestScope(
  openSpan: (request: Request, response: Response) => Span,
): RequestHandler {
  return (request, response, next) =>
    scope.run({ id: requestIdOf(request), span: openSpan(request, response) }, next);
}

/** The scope of the request being handled, inside `requestScope`; undefined outside one. */
export function currentRequestScope(): RequestScope | undefined {
  return scope.getStore();
}

/** Runs `work` inside `inner` (the same request's scope with another open span). */
export function runInRequestScope<T>(inner: RequestScope, work: () => T): T {
  return scope.run(inner, work);
}
