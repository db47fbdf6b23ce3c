import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '../logger.js';
import { errorBody } from './error-body.js';
import { requestIdOf } from './request-id.js';
import { ErrorCode } from '../errors.js';

/** What body-parser attaches to the errors it throws. */
interface HttpError extends Error {
  status?: number;
  type?: string;
  limit?: number;
}

/**
 * Errors raised before GraphQL runs (a body over the limit, malformed JSON)
 * answered as GraphQL-shaped JSON with a specific code and the request id,
 * never as HTML or a stack trace.
 */
export function jsonErrorMiddleware(logger: Logger) {
  return (error: HttpError, request: Request, response: Response, next: NextFunction): void => {
    if (response.headersSent) {
      next(error);
      return;
    }
    const requestId = requestIdOf(request);
    if (error.type === 'entity.too.large') {
      response.status(413).json(
        errorBody(requestId, {
          message: `The request body is larger than the limit of ${error.limit} bytes.`,
          extensions: { code: ErrorCode.PAYLOAD_TOO_LARGE, limit: error.limit },
        }),
      );
      return;
    }
    if (error.type === 'entity.parse.failed') {
      response.status(400).json(
        errorBody(requestId, {
          message: 'The request body is not valid JSON.',
          extensions: { code: ErrorCode.BAD_REQUEST },
        }),
      );
      return;
    }
    if (error.status && error.status >= 400 && error.status < 500) {
      response.status(error.status).json(
        errorBody(requestId, {
          message: error.message,
          extensions: { code: ErrorCode.BAD_REQUEST },
        }),
      );
      return;
    }
    logger.error({ err: error, requestId }, 'unhandled HTTP error');
    response.status(500).json(
      errorBody(requestId, {
        message: 'Internal server error; quote the request id when reporting it.',
        extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
      }),
    );
  };
}
