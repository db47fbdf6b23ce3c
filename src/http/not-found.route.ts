import type { RequestHandler } from 'express';
import { errorBody } from './error-body.js';
import { requestIdOf } from './request-id.js';
import { ErrorCode } from '../errors.js';

/** The last route: any path nothing else answered is a JSON 404 (the path is not echoed back). */
export function notFoundRoute(): RequestHandler {
  return (request, response) => {
    response.status(404).json(
      errorBody(requestIdOf(request), {
        message: 'Nothing is served at this path; the API is at /graphql.',
        extensions: { code: ErrorCode.NOT_FOUND },
      }),
    );
  };
}
