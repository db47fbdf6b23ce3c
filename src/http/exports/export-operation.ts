import type { ApolloServer } from '@apollo/server';
import type { Request } from 'express';
import { GraphQLError } from 'graphql';
import type { Context } from '../../context.js';
import { CLIENT_ERROR_CODES, ErrorCode, httpStatusOf } from '../../errors.js';
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
 * `extensions.argument` ("filter.minWeight" → "minWeight", "group.id" → "group").
 */
function parameterOf(argument: unknown): string | undefined {
  if (typeof argument !== 'string') return undefined;
  return argument === 'group.id' ? 'group' : argument.replace(/^filter\./, '');
}

/**
 * The export's context, or the refusal of what the request carries (a bad
 * `X-Neo4j-Bookmark` header: 400 BAD_USER_INPUT; a bad token: 401) as the
 * export's error with the same code and status /graphql would answer.
 */
async function contextOrRefusal(
  contextFor: ExportContextFactory,
  request: Request,
  requestId: string,
): Promise<Context> {
  try {
    return await contextFor(request, requestId);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    const code = String(error.extensions.code);
    if (!CLIENT_ERROR_CODES.has(code)) throw error;
    throw new ExportError(httpStatusOf(code), error.message, code);
  }
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
      { contextValue: await contextOrRefusal(contextFor, request, requestId) },
    );
    if (response.body.kind !== 'single') {
      throw new ExportError(
        500,
        'Unexpected incremental response',
        ErrorCode.INTERNAL_SERVER_ERROR,
      );
    }
    const { data, errors } = response.body.singleResult;
    const [error] = errors ?? [];
    if (error) {
      const code = String(error.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
      const parameter = parameterOf(error.extensions?.argument);
      if (code === ErrorCode.BAD_USER_INPUT && parameter) {
        // The API names the argument path; an export's user knows the query parameter.
        const message = error.message
          .replaceAll(`"filter.${parameter}"`, `"${parameter}"`)
          .replaceAll('"group.id"', '"group"');
        throw badParameter(parameter, message);
      }
      throw new ExportError(httpStatusOf(code), error.message, code);
    }
    if (!data)
      throw new ExportError(500, 'The operation returned no data', ErrorCode.INTERNAL_SERVER_ERROR);
    return data;
  };
}
