import type { ApolloServer } from '@apollo/server';
import type { Express } from 'express';
import { createContext, type Context } from '../context.js';
import type { GraphClient } from '../graph/graph-client.js';
import type { Logger } from '../logger.js';
import { explorerRoute } from './explorer.route.js';
import { exportOperationRunner, type ExportContextFactory } from './exports/export-operation.js';
import { exportsRouter } from './exports/exports.router.js';
import { playgroundRoute } from './playground.route.js';
import { DEFAULT_WEB_ROOT, webAssetsRoute } from './web-bundle.js';

export interface FrontDoorOptions {
  graph: GraphClient;
  /** The service's Apollo server: exports run their operations through it. */
  apollo: ApolloServer<Context>;
  logger: Logger;
  /**
   * The context an export's operation runs with (default: a fresh anonymous
   * one, like an anonymous `/graphql` request).
   */
  contextFor?: ExportContextFactory;
  /** The built web bundle (default: dist/web). */
  webRoot?: string;
}

/**
 * What people open in a browser or a spreadsheet, next to the API: the
 * playground (/playground), the network explorer (/explorer), the bundle's
 * assets (/assets) and the exports (/exports/...). A browser's GET of
 * /graphql gets the playground too: that is a step of /graphql itself
 * (`browserGraphQLRoute`, mounted with the other steps in src/server.ts).
 */
export function mountFrontDoor(app: Express, options: FrontDoorOptions): void {
  const webRoot = options.webRoot ?? DEFAULT_WEB_ROOT;
  const contextFor: ExportContextFactory =
    options.contextFor ??
    (async (_request, requestId) => createContext(options.graph, { requestId }));
  app.use('/assets', webAssetsRoute(webRoot));
  app.get('/playground', playgroundRoute(webRoot));
  app.get('/explorer', explorerRoute(webRoot));
  app.use(
    '/exports',
    exportsRouter(exportOperationRunner(options.apollo, contextFor), options.logger),
  );
}
