import type { ApolloServer } from '@apollo/server';
import type { Request } from 'express';
import type { Context } from '../../context.js';
import { QUERY_LIMIT_CODES } from '../../limits/check-query-limits.js';
import { ExportError, badParameter } from './export-error.js';

/** Runs one GraphQL operation of the public API for an export request and returns its data. */
export type ExportOperationRunner = <T>(
  request: Request,
  requestId: string,
  document: string,
  variables: Record<string, unknown>,
) => Promise<T>;

/** One export request's way to ask the API: an operation and its variables, the data back. */
export type ExportQuery = <T>(document: string, variables: Record<string, unknown>) => Promise<T>;

/** The context an export's operation runs with: a fresh one per export request. */
export type ExportContextFactory = (request: Request, requestId: string) => Promise<Context>;

/**
 * An export parameter for a GraphQL argument path the resolvers name in
 * `extensions.argument` ("filter.minWeight" → "minWeight").
 */
function parameterOf(argument: unknown): string | undefined {
  return typeof argument === 'string' ? argument.replace(/^filter\./, '') : undefined;
}

/** The HTTP status a GraphQL error asks for (`extensions.http.status`), if a client error. */
function clientStatusOf(extensions: Record<string, unknown> | undefined): number | undefined {
  const http = extensions?.http as { status?: unknown } | undefined;
  const status = http?.status;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

/**
 * Exports ask the same Apollo server the API uses, with a fresh context per
 * export (its own loaders and counters), so they see exactly what a client of
 * `/graphql` sees: the same resolvers, validation, limits, error masking and
 * logging. A client mistake becomes a 400 naming the parameter; an
 * unavailable database a 503; anything else a 500.
 */
export function exportOperationRunner(
  apollo: ApolloServer<Context>,
  contextFor: ExportContextFactory,
): ExportOperationRunner {
  return async <T>(
    request: Request,
    requestId: string,
    document: string,
    variables: Record<string, unknown>,
  ) => {
    const response = await apollo.executeOperation<T>(
      { query: document, variables },
      { contextValue: await contextFor(request, requestId) },
    );
    if (response.body.kind !== 'single') {
      throw new ExportError(500, 'Unexpected incremental response', 'INTERNAL_SERVER_ERROR');
    }
    const { data, errors } = response.body.singleResult;
    const [error] = errors ?? [];
    if (error) {
      const code = String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
      const parameter = parameterOf(error.extensions?.argument);
      if (code === 'BAD_USER_INPUT' && parameter) {
        // The API names the argument path; an export's user knows the query parameter.
        const message = error.message.replaceAll(`"filter.${parameter}"`, `"${parameter}"`);
        throw badParameter(parameter, message);
      }
      if (code === 'BAD_USER_INPUT') throw new ExportError(400, error.message, code);
      if (code === 'UNAUTHENTICATED') throw new ExportError(401, error.message, code);
      if (code === 'FORBIDDEN') throw new ExportError(403, error.message, code);
      // Formatted errors no longer carry `extensions.http`: a limit's refusal is named by its code.
      if (QUERY_LIMIT_CODES.has(code)) throw new ExportError(400, error.message, code);
      const clientStatus = clientStatusOf(error.extensions);
      if (clientStatus !== undefined) throw new ExportError(clientStatus, error.message, code);
      if (code === 'DATABASE_UNAVAILABLE') throw new ExportError(503, error.message, code);
      throw new ExportError(500, error.message, code);
    }
    if (!data)
      throw new ExportError(500, 'The operation returned no data', 'INTERNAL_SERVER_ERROR');
    return data;
  };
}
