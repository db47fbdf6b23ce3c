import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type Gateway = ApolloServerOptionsWithGateway<Record<string, unknown>>['gateway'];

/**
 * Runs operations with graphql-jit instead of graphql-js's `execute`. Apollo
 * Server 5's only seam for another executor is its `gateway` option: this
 * "gateway" serves one fixed schema and executes each operation through a
 * compiled function, kept per parsed document (Apollo reuses the parsed
 * document of a query it has seen, so a repeated query is compiled once).
 * Parsing, validation and every plugin hook stay Apollo's.
 */
export function compiledExecution(schema: GraphQLSchema): Gateway {
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery>>();
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async load() {
      return {
        executor: async ({ document, operationName, request, context }) => {
          let byOperation = compiled.get(document);
          if (!byOperation) {
            byOperation = new Map();
            compiled.set(document, byOperation);
          }
          const name = operationName ?? '';
          let query = byOperation.get(name);
          if (!query) {
            const result = compileQuery(schema, document, operationName ?? undefined);
            if (!isCompiledQuery(result)) return result;
            query = result;
            byOperation.set(name, query);
          }
          return query.query(undefined, context, request.variables ?? {});
        },
      };
    },
    async stop() {},
  };
}
