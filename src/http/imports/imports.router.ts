import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { GraphQLError } from 'graphql';
import { forbidden, unauthenticated } from '../../auth/auth-error.js';
import { bearerToken } from '../../auth/bearer-token.js';
import { Role } from '../../auth/role.js';
import type { TokenVerifier } from '../../auth/token-verifier.js';
import type { User } from '../../auth/user.js';
import { DatasetError, type DatasetProblem } from '../../import/dataset-error.js';
import { DatasetFile } from '../../import/dataset-file.js';
import { validateDatasets } from '../../import/validate-dataset.js';
import { bookmarksFromHeader } from '../../causal/bookmark-rules.js';
import { convertCordis } from '../../import/cordis/convert-cordis.js';
import { cordisDatasetFile } from '../../import/cordis/cordis-dataset-file.js';
import { checkCordis } from '../../import/cordis/import-cordis.js';
import { readCordisUpload } from './cordis-upload.js';
import { UPLOAD_FILE_NAME } from './upload-file-name.js';
import { BOOKMARK_HEADER, BOOKMARK_SEPARATOR } from '../../causal/bookmark-transport.js';
import { errorBody } from '../error-body.js';
import { requestIdOf } from '../request-id.js';
import type { ImportJob, ImportJobs } from './import-jobs.js';
import { ErrorCode } from '../../errors.js';

export interface ImportsRouterOptions {
  jobs: ImportJobs;
  verifyToken: TokenVerifier;
  /** Largest uploaded file, e.g. "20mb". */
  bodyLimit: string;
}

const IMPORT_ID = /^[0-9a-f-]{36}$/;

/**
 * Dataset files uploaded by editors, imported by the running service:
 * - POST /imports?name=my-data.yaml with the file as the body (YAML or JSON,
 *   the seed format): a file that does not parse or is invalid in itself is
 *   answered 400 BAD_USER_INPUT with every problem (file, line, field);
 *   otherwise 202 with the job, whose `Location` is its status and whose
 *   `X-Neo4j-Bookmark`, sent back, finds the job on any replica at once;
 * - POST /imports/cordis with a CORDIS export as a multipart form (files
 *   `projects` and `organisations`): converted and checked as the CLI does
 *   (400 with CSV file, line and column), then imported as a job like a file;
 * - GET /imports/:id: the job's state and progress (`written` of `rows`), read
 *   from the database, so that any worker or replica answers; once over, `done` (with the Neo4j `bookmarks` of its transaction, also
 *   in the `X-Neo4j-Bookmark` header), or `refused` with the problems found
 *   against the graph, or `failed`.
 * Both need an editor's bearer token (401 without a valid one, 403 for a reader).
 */
export function importsRouter(options: ImportsRouterOptions): Router {
  const router = express.Router();
  const editor = async (request: Request): Promise<User> => {
    const token = bearerToken(request.header('authorization'));
    if (token === undefined) {
      throw unauthenticated('Imports need an editor token (Authorization: Bearer <jwt>).');
    }
    const user = await options.verifyToken(token);
    if (!user.roles.includes(Role.EDITOR)) throw forbidden('Imports need the editor role.');
    return user;
  };
  // Checked before the body is read: a caller without the role uploads nothing.
  const editorFirst = async (request: Request, response: Response, next: NextFunction) => {
    try {
      response.locals.user = await editor(request);
      next();
    } catch (error) {
      sendError(request, response, error);
    }
  };

  router.post(
    '/',
    editorFirst,
    express.text({ type: () => true, limit: options.bodyLimit }),
    async (request: Request, response: Response) => {
      const name = typeof request.query.name === 'string' ? request.query.name : 'upload';
      if (!UPLOAD_FILE_NAME.test(name)) {
        sendError(
          request,
          response,
          badInput(
            'The query parameter "name" must be a file name of letters, digits, ".", "_" and "-" (at most 100).',
            [{ file: name.slice(0, 100), where: 'name', message: 'is not a plain file name' }],
          ),
        );
        return;
      }
      const text = typeof request.body === 'string' ? request.body : '';
      try {
        const file = DatasetFile.parse(text, name);
        // What the file says about itself; references and names in the graph are checked by the import.
        const problems = validateDatasets([file]).problems;
        if (problems.length > 0) throw new DatasetError(problems);
        const { job, bookmarks } = await options.jobs.start(
          file,
          (response.locals.user as User).subject,
        );
        // With them, a poll on any replica of a cluster finds the job at once.
        if (bookmarks) response.setHeader(BOOKMARK_HEADER, bookmarks.join(BOOKMARK_SEPARATOR));
        response.status(202).location(`${request.baseUrl}/${job.id}`).json(job);
      } catch (error) {
        sendError(request, response, error);
      }
    },
  );

  router.post(
    '/cordis',
    editorFirst,
    express.raw({ type: () => true, limit: options.bodyLimit }),
    async (request: Request, response: Response) => {
      try {
        const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const files = await readCordisUpload(body, request.header('content-type'));
        // The export as the CLI converts it; problems name the CSV file, line and column.
        const conversion = convertCordis(files);
        checkCordis(conversion);
        const { job, bookmarks } = await options.jobs.start(
          cordisDatasetFile(conversion),
          (response.locals.user as User).subject,
        );
        if (bookmarks) response.setHeader(BOOKMARK_HEADER, bookmarks.join(BOOKMARK_SEPARATOR));
        response.status(202).location(`${request.baseUrl}/${job.id}`).json(job);
      } catch (error) {
        sendError(request, response, error);
      }
    },
  );

  router.get('/:id', async (request: Request, response: Response) => {
    try {
      await editor(request);
      const id = String(request.params.id);
      const bookmarks = bookmarksFromHeader(request.header(BOOKMARK_HEADER));
      const job: ImportJob | undefined = IMPORT_ID.test(id)
        ? await options.jobs.get(id, bookmarks)
        : undefined;
      if (!job) {
        response.status(404).json(
          errorBody(requestIdOf(request), {
            message: `No import "${id.slice(0, 100)}" is known to this service.`,
            extensions: { code: ErrorCode.NOT_FOUND },
          }),
        );
        return;
      }
      if (job.bookmarks)
        response.setHeader(BOOKMARK_HEADER, job.bookmarks.join(BOOKMARK_SEPARATOR));
      response.json(job);
    } catch (error) {
      sendError(request, response, error);
    }
  });
  return router;
}

function badInput(message: string, problems: DatasetProblem[]): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 }, problems },
  });
}

/** Refusals as the API's JSON errors: 400 for the file, 401/403 for the token. */
function sendError(request: Request, response: Response, error: unknown): void {
  const requestId = requestIdOf(request);
  if (error instanceof DatasetError) {
    response.status(400).json(
      errorBody(requestId, {
        message: error.message,
        extensions: { code: ErrorCode.BAD_USER_INPUT, problems: error.problems },
      }),
    );
    return;
  }
  if (error instanceof GraphQLError) {
    const { http, ...extensions } = error.extensions as {
      http?: { status?: number };
      code: string;
    } & Record<string, unknown>;
    response
      .status(http?.status ?? 400)
      .json(errorBody(requestId, { message: error.message, extensions }));
    return;
  }
  throw error;
}
