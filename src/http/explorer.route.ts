import type { RequestHandler } from 'express';
import { sendWebPage } from './web-bundle.js';

/** GET /explorer: the co-partnership network explorer, fed by the public /graphql API. */
export function explorerRoute(webRoot: string): RequestHandler {
  return (_request, response) => sendWebPage(webRoot, 'explorer', response);
}
