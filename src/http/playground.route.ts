import type { RequestHandler } from 'express';
import { sendWebPage } from './web-bundle.js';

/** GraphQL over HTTP answers in these; a browser that prefers none of them wants a page. */
const API_MEDIA_TYPES = ['application/json', 'application/graphql-response+json'];

/** GET /playground: GraphiQL with the schema documentation and the analyst queries. */
export function playgroundRoute(webRoot: string): RequestHandler {
  return (_request, response) => sendWebPage(webRoot, 'playground', response);
}

/**
 * GET (or HEAD) /graphql from a browser (HTML preferred over JSON, no
 * `query` parameter) gets the playground; every other request, whatever its
 * method, goes on to Apollo.
 */
export function browserGraphQLRoute(webRoot: string): RequestHandler {
  return (request, response, next) => {
    const wantsPage =
      (request.method === 'GET' || request.method === 'HEAD') &&
      request.query.query === undefined &&
      request.accepts([...API_MEDIA_TYPES, 'text/html']) === 'text/html';
    if (!wantsPage) {
      next();
      return;
    }
    sendWebPage(webRoot, 'playground', response);
  };
}
