import { readFileSync } from 'node:fs';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { buildSchema, GraphQLError, type GraphQLFieldResolver } from 'graphql';
import type { Neo4jSettings } from '../bench-graph.js';
import { createDriver } from '../../src/graph/create-driver.js';
import { SCHEMA_FILE } from '../../src/schema-file.js';
import { serveApolloOnExpress } from './apollo-on-express.js';
import { floorShapes, floorStatement } from './floor-statement.js';
import type { RunningSystem } from './running-system.js';

interface BareContext extends BaseContext {
  /** The floor statement's `data` for this request, run at most once. */
  floorData(): Promise<unknown>;
}

/**
 * The bare stack: Apollo Server 5 on Express 5 set up as our service and the
 * library are (JSON body parser, the Express integration, introspection off),
 * over our public SDL with graphql-js's default resolvers, and the floor's
 * one statement per request behind the root fields. The cheapest GraphQL
 * service on this stack that answers our documents: what the stack costs by
 * itself, so what our layers add is ours divided by it, and the floor
 * divided by it is the most any service on this stack could reach.
 *
 * `POST /graphql?floor=<shape>` with our document and variables; the root
 * fields read their values from the floor statement of `<shape>`, run once
 * per request with the variables as its parameters (they are named alike).
 * `{ __typename }` runs no statement.
 */
export async function startBareStack(settings: Neo4jSettings): Promise<RunningSystem> {
  const driver = createDriver(settings);
  const runStatement = floorStatement(driver, settings);
  const shapes = new Set(floorShapes());
  const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
  const fromFloorData: GraphQLFieldResolver<unknown, BareContext> = async (
    _root,
    _args,
    context,
    info,
  ) => {
    const data = (await context.floorData()) as Record<string, unknown> | null;
    return data?.[info.fieldName] ?? null;
  };
  for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
    field.resolve = fromFloorData;
  }
  const apollo = new ApolloServer<BareContext>({
    schema,
    introspection: false,
    plugins: [ApolloServerPluginCacheControlDisabled()],
  });
  return serveApolloOnExpress(apollo, {
    context: async ({ req, res }) => {
      let data: Promise<unknown> | undefined;
      return {
        floorData() {
          data ??= (async () => {
            const shape = req.query.floor;
            if (typeof shape !== 'string' || !shapes.has(shape)) {
              throw new GraphQLError('name a floor statement: /graphql?floor=<shape>');
            }
            res.setHeader('x-db-statements', '1');
            const body = req.body as { variables?: unknown } | undefined;
            return runStatement(shape, body?.variables);
          })();
          return data;
        },
      };
    },
    close: () => driver.close(),
  });
}
