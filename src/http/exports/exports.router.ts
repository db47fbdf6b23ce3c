import express, { type Request, type Response, type Router } from 'express';
import type { Logger } from '../../logger.js';
import { requestIdOf } from '../request-id.js';
import { ExportError } from './export-error.js';
import type { ExportOperationRunner, ExportQuery } from './export-operation.js';
import { networkEdgesCsv, networkNodesCsv } from './network-csv.js';
import { parseNetworkFilter } from './network-filter-params.js';
import { parseNetworkGroup } from './network-group-params.js';
import { networkToGraphML } from './network-graphml.js';
import { fetchExportNetwork, type ExportNetwork } from './network-operation.js';
import { fetchProjectPartners, projectPartnersCsv } from './project-partners.js';
import { sendDownload } from './send-download.js';
import { ErrorCode } from '../../errors.js';

type ExportHandler = (request: Request, response: Response, ask: ExportQuery) => Promise<void>;

/** One network format: its file name, media type and writer. */
interface NetworkFormat {
  fileName: string;
  contentType: string;
  write(network: ExportNetwork, filter: Record<string, unknown>): string;
}

const CSV = 'text/csv; charset=utf-8';

const NETWORK_FORMATS: readonly NetworkFormat[] = [
  {
    fileName: 'network.graphml',
    contentType: 'application/graphml+xml; charset=utf-8',
    write: networkToGraphML,
  },
  { fileName: 'network-nodes.csv', contentType: CSV, write: networkNodesCsv },
  { fileName: 'network-edges.csv', contentType: CSV, write: networkEdgesCsv },
  {
    fileName: 'network.json',
    contentType: 'application/json; charset=utf-8',
    write: (network, filter) => `${JSON.stringify({ filter, ...network }, null, 2)}\n`,
  },
];

/** Ids are slugs; anything else cannot name a project and would only make an odd file name. */
const PROJECT_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

/**
 * The export endpoints, mounted under /exports:
 * - GET /network.graphml, /network-nodes.csv, /network-edges.csv, /network.json
 *   with the filter of `partnershipNetwork` as query parameters;
 * - GET /projects/:id/partners.csv, a project's partner list.
 * Errors are JSON `{error: {code, message, parameter?}, requestId}`: 400 for a
 * bad parameter (named), 404 for an unknown project, 503 when the database is
 * away, 500 otherwise (logged with the request id).
 */
export function exportsRouter(run: ExportOperationRunner, logger: Logger): Router {
  const router = express.Router();

  const handle =
    (handler: ExportHandler) =>
    async (request: Request, response: Response): Promise<void> => {
      const requestId = requestIdOf(request);
      response.setHeader('x-request-id', requestId);
      const ask: ExportQuery = (document, variables) =>
        run(request, requestId, document, variables);
      try {
        await handler(request, response, ask);
      } catch (error) {
        const known = error instanceof ExportError ? error : undefined;
        if (!known || known.status >= 500) {
          logger.error({ requestId, path: request.path, err: error }, 'export failed');
        }
        response.status(known?.status ?? 500).json({
          error: {
            code: known?.code ?? ErrorCode.INTERNAL_SERVER_ERROR,
            message:
              known?.message ?? 'Internal server error; quote the request id when reporting it.',
            ...(known?.parameter ? { parameter: known.parameter } : {}),
          },
          requestId,
        });
      }
    };

  for (const format of NETWORK_FORMATS) {
    router.get(
      `/${format.fileName}`,
      handle(async (request, response, ask) => {
        const filter = parseNetworkFilter(request.query);
        const group = parseNetworkGroup(request.query);
        const network = await fetchExportNetwork(ask, filter, group);
        // Tells a script that the heaviest `maxEdges` edges were kept and the rest cut.
        response.setHeader('x-network-truncated', String(network.truncated));
        const body = format.write(network, { ...filter, ...(group ? { group } : {}) });
        sendDownload(response, body, format.contentType, format.fileName);
      }),
    );
  }

  router.get(
    '/projects/:id/partners.csv',
    handle(async (request, response, ask) => {
      const id = String(request.params.id);
      if (!PROJECT_ID.test(id)) {
        throw new ExportError(404, `No project with id "${id}"`, ErrorCode.NOT_FOUND);
      }
      const project = await fetchProjectPartners(ask, id);
      sendDownload(response, projectPartnersCsv(project), CSV, `${id}-partners.csv`);
    }),
  );
  return router;
}
