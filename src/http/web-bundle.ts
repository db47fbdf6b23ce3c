import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type RequestHandler, type Response } from 'express';
import { PROJECT_ROOT } from '../config.js';

/** Where `npm run build:web` writes the playground and explorer pages and their assets. */
export const DEFAULT_WEB_ROOT = path.join(PROJECT_ROOT, 'dist', 'web');

/** The pages the web bundle holds, each at `<webRoot>/<page>/index.html`. */
export type WebPage = 'playground' | 'explorer';

/**
 * What the pages may load: only this origin. The browser itself then refuses
 * any CDN or remote request, so a page that works here works on a closed
 * network. Inline styles are GraphiQL's and Sigma's; workers are Monaco's
 * (bundled files) and the explorer's ForceAtlas2 layout (a blob: worker).
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'self'",
].join('; ');

/**
 * Sends one page of the bundle. HTML is revalidated on every load (it names
 * the hashed assets of the current build); a missing bundle is a 503 that
 * says how to build it.
 */
export function sendWebPage(webRoot: string, page: WebPage, response: Response): void {
  const file = path.join(webRoot, page, 'index.html');
  if (!existsSync(file)) {
    response
      .status(503)
      .type('text/plain')
      .send(`The ${page} is not built; run "npm run build" (or "npm run build:web").\n`);
    return;
  }
  response.setHeader('Cache-Control', 'no-cache');
  response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.sendFile(file);
}

/**
 * The bundle's hashed assets (scripts, styles, workers, fonts): their names
 * change with their content, so browsers may keep them for a year.
 */
export function webAssetsRoute(webRoot: string): RequestHandler {
  return express.static(path.join(webRoot, 'assets'), {
    index: false,
    immutable: true,
    maxAge: '365d',
    // Called before the static handler writes its caching headers: the API's
    // default "no-store" (api-headers.middleware.ts) would otherwise stay.
    setHeaders: (response) => {
      response.removeHeader('Cache-Control');
      response.setHeader('X-Content-Type-Options', 'nosniff');
    },
  });
}
