import type { Request, RequestHandler } from 'express';
import { parse, type DocumentNode } from 'graphql';
import type { QueryLimits } from '../config.js';
import { ErrorCode } from '../errors.js';
import { errorBody } from '../http/error-body.js';
import { requestIdOf } from '../http/request-id.js';
import { documentVerdicts } from './document-verdicts.js';
import { largestMergedSelection } from './merged-selection-size.js';

/**
 * The document of a GraphQL request over POST (JSON body) or GET (query
 * string). The query string is parsed only when the body holds no document
 * (Express parses `request.query` anew on every read).
 */
function queryText(request: Request): string | undefined {
  const fromBody = (request.body as { query?: unknown } | undefined)?.query;
  if (typeof fromBody === 'string') return fromBody;
  const fromQuery = (request.query as { query?: unknown } | undefined)?.query;
  return typeof fromQuery === 'string' ? fromQuery : undefined;
}

/**
 * Refuses, before Apollo validates it, a document with a selection set that
 * merges more than `selectionWidth` fields of one response name:
 * validation's "fields can be merged" rule compares such fields pairwise, so
 * 500 copies of one field cost half a second of CPU before any other limit
 * is looked at. Apollo offers no
 * hook before validation whose errors it answers as a client's, so this runs
 * in front of it, after the body is read and before a request slot is taken;
 * the document is parsed with the same token limit (linear, about a
 * millisecond at that limit). Documents that do not parse are left to
 * Apollo, which reports them.
 */
export function selectionWidthGuard(limits: QueryLimits): RequestHandler {
  // The verdict depends on the text alone: a document seen before is not parsed again.
  const withinWidth = documentVerdicts<boolean>();
  return (request, response, next) => {
    const text = queryText(request);
    if (text === undefined) return next();
    let within = withinWidth.get(text);
    if (within === undefined) {
      let document: DocumentNode;
      try {
        document = parse(text, { maxTokens: limits.tokens, noLocation: true });
      } catch {
        return next();
      }
      // Counting stops one past the limit: the exact width of a flood is not worth computing.
      within = largestMergedSelection(document, limits.selectionWidth + 1) <= limits.selectionWidth;
      withinWidth.set(text, within);
    }
    if (within) return next();
    response.status(400).json(
      errorBody(requestIdOf(request), {
        message: `A selection set of the query merges more than ${limits.selectionWidth} fields of one name (its own, inline ones and those its fragments bring in); at most ${limits.selectionWidth} are allowed.`,
        extensions: { code: ErrorCode.SELECTION_TOO_WIDE, limit: limits.selectionWidth },
      }),
    );
  };
}
