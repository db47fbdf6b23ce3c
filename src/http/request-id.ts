import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';

/**
 * What a client may send as its own `x-request-id`: short, printable, no
 * spaces or separators, so it can be logged and echoed as it came.
 */
export const REQUEST_ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

const assigned = new WeakMap<IncomingMessage, string>();
const scope = new AsyncLocalStorage<string>();

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
 * Runs the rest of the request inside its id's scope, for code that writes a
 * response without seeing the request (Apollo's `stringifyResult`).
 */
export function requestIdScope(): RequestHandler {
  return (request, _response, next) => scope.run(requestIdOf(request), next);
}

/** The id of the request being handled, inside `requestIdScope`. */
export function currentRequestId(): string | undefined {
  return scope.getStore();
}
