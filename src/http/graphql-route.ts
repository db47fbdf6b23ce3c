import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';
import { requestIdOf } from './request-id.js';

/**
 * Runs `handlers` one after another as one Express handler: each one's
 * `next()` starts the following one directly, without the router matching
 * a path and method per layer. An error passed to `next(error)` (or thrown,
 * or a rejected promise) goes to the app's error handlers; `next()` from
 * the last one goes on to the routes after this one.
 */
export function inSequence(handlers: readonly (RequestHandler | undefined)[]): RequestHandler {
  const steps = handlers.filter((handler): handler is RequestHandler => handler !== undefined);
  return (request, response, next) => {
    let index = 0;
    const step = (error?: unknown): void => {
      if (error !== undefined) return next(error);
      const handler = steps[index++];
      if (handler === undefined) return next();
      try {
        const result: unknown = handler(request, response, step);
        if (result instanceof Promise) {
          result.catch((reason: unknown) => next(reason ?? new Error('Rejected promise')));
        }
      } catch (thrown) {
        next(thrown);
      }
    };
    step();
  };
}

/**
 * Apollo Server's Express integration, as `@as-integrations/express5`
 * does it, with two costs left out: the query string is cut from the URL
 * instead of parsed with the legacy `url.parse`, and a POST's answer is
 * written with `end()` rather than `res.send()`, which hashes every body
 * for an ETag that no client can use on a POST. A GET's answer still goes
 * through `res.send()` (ETag and 304 as before). A refusal Apollo writes
 * before any plugin runs (CSRF, a 401 from the context) gets the request id
 * in its `extensions`, as every other answer has it from `requestIdPlugin`.
 * Mount it after the JSON body parser.
 */
export function apolloHandler<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  context: (args: { req: Request; res: Response }) => Promise<TContext>,
): RequestHandler {
  apollo.assertStarted('apolloHandler()');
  return async (req, res) => {
    const headers = new HeaderMap();
    for (const key in req.headers) {
      const value = req.headers[key];
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const query = req.url.indexOf('?');
    const answer = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: req.method.toUpperCase(),
        headers,
        search: query === -1 ? '' : req.url.slice(query),
        body: req.body as unknown,
      },
      context: () => context({ req, res }),
    });
    for (const [key, value] of answer.headers) res.setHeader(key, value);
    res.statusCode = answer.status ?? 200;
    if (answer.body.kind === 'complete') {
      // A refusal Apollo writes before any plugin runs has no request id yet.
      const body =
        res.statusCode >= 400
          ? withRequestId(answer.body.string, requestIdOf(req))
          : answer.body.string;
      if (req.method === 'POST') res.end(body);
      else res.send(body);
      return;
    }
    for await (const chunk of answer.body.asyncIterator) res.write(chunk);
    res.end();
  };
}

/** A JSON answer with `extensions.requestId` set when it has none; anything else as it is. */
function withRequestId(body: string, requestId: string): string {
  let answer: unknown;
  try {
    answer = JSON.parse(body);
  } catch {
    return body;
  }
  if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) return body;
  const { extensions } = answer as { extensions?: Record<string, unknown> };
  if (extensions?.requestId !== undefined) return body;
  return JSON.stringify({ ...answer, extensions: { ...extensions, requestId } });
}
