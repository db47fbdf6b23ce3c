import { ErrorCode } from '../../errors.js';
import type { Router } from 'express';
import express from 'express';
import type { GraphClient } from '../../graph/graph-client.js';
import { errorBody } from '../error-body.js';
import { requestIdOf } from '../request-id.js';
import { READER_SCRIPT, READER_STYLE } from './reader-assets.js';
import { readerPage, type ReaderSource } from './reader-page.js';

/**
 * The reader: no script or style from anywhere but these two routes, nothing
 * inline, no frames, no connections; the page only shows text.
 */
const READER_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');

/** Source ids are slugs; anything else is not a source, and is not looked up. */
const SOURCE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * GET /sources/:id: the source's text with numbered lines, `#L31-L33`
 * highlighting cited lines (see reader-assets.ts); GET /source-reader.js and
 * /source-reader.css: its script and style. A source held without text, or
 * none at all, is a JSON 404 like every unknown path. When reads need a
 * token, so does the reader (`Authorization: Bearer`).
 */
export function sourceReaderRoutes(
  graph: GraphClient,
  authorise: (request: express.Request) => Promise<void>,
): Router {
  const router = express.Router();
  router.get('/source-reader.js', (_request, response) => {
    response.setHeader('Cache-Control', 'no-cache');
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.type('text/javascript').send(READER_SCRIPT);
  });
  router.get('/source-reader.css', (_request, response) => {
    response.setHeader('Cache-Control', 'no-cache');
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.type('text/css').send(READER_STYLE);
  });
  router.get('/sources/:id', async (request, response, next) => {
    try {
      await authorise(request);
      const id = String(request.params.id);
      const rows =
        SOURCE_ID.test(id) && id.length <= 200
          ? await graph.read<{ key: string; value: ReaderSource }>('queries/sources-by-ids', {
              keys: [id],
            })
          : [];
      const source = rows[0]?.value;
      if (!source?.text) {
        response.status(404).json(
          errorBody(requestIdOf(request), {
            message: 'No source with this id holds a text to read.',
            extensions: { code: ErrorCode.NOT_FOUND },
          }),
        );
        return;
      }
      response.setHeader('Cache-Control', 'no-cache');
      response.setHeader('Content-Security-Policy', READER_POLICY);
      response.setHeader('X-Content-Type-Options', 'nosniff');
      response.type('html').send(readerPage(source));
    } catch (error) {
      next(error);
    }
  });
  return router;
}
