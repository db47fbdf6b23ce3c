import type { RequestHandler } from 'express';

/**
 * Defaults for every response: browsers must not guess a content type
 * (`nosniff`), and no cache may keep an answer (`no-store`), since API
 * answers can depend on the caller's token. Routes that serve cacheable
 * files (web assets, pages, downloads) set their own Cache-Control.
 */
export function apiHeaders(): RequestHandler {
  return (_request, response, next) => {
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Cache-Control', 'no-store');
    next();
  };
}
