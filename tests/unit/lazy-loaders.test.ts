import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import DataLoader from 'dataloader';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createContext, type Context } from '../../src/context.js';
import { openGraph } from '../../src/graph/open-graph.js';
import { createLoaders } from '../../src/loaders/create-loaders.js';
import { buildGraphQLSchema } from '../../src/schema.js';

// Counts how often a request's loaders are built (the real function runs).
vi.mock('../../src/loaders/create-loaders.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/loaders/create-loaders.js')>();
  return { ...original, createLoaders: vi.fn(original.createLoaders) };
});

// A real driver that is never asked to connect: no field below reads the database.
const graph = openGraph({
  uri: 'bolt://127.0.0.1:1',
  user: 'neo4j',
  password: 'x',
  database: 'neo4j',
});
afterAll(() => graph.driver.close());

describe('a request’s loaders', () => {
  it('are not built for an operation whose fields need none, though Apollo copies the context', async () => {
    let seen: Context | undefined;
    const apollo = new ApolloServer<Context>({
      schema: await buildGraphQLSchema(),
      plugins: [
        {
          async requestDidStart() {
            return {
              async willSendResponse({ contextValue }) {
                seen = contextValue;
              },
            };
          },
        },
      ],
    });
    await apollo.start();
    try {
      vi.mocked(createLoaders).mockClear();
      const context = createContext(graph, { requestId: 'r1' });
      const response = await apollo.executeOperation(
        { query: '{ __typename }' },
        { contextValue: context },
      );
      expect(response.body.kind === 'single' && response.body.singleResult.data).toEqual({
        __typename: 'Query',
      });
      expect(createLoaders).not.toHaveBeenCalled();
      // The copy Apollo ran with still builds them once, on first use, and keeps them.
      expect(seen).toBeDefined();
      expect(seen).not.toBe(context);
      const first = seen?.loaders;
      expect(seen?.loaders).toBe(first);
      expect(createLoaders).toHaveBeenCalledTimes(1);
      expect(seen?.requestId).toBe('r1');
    } finally {
      await apollo.stop();
    }
  });

  it('are each built on first use: reading one builds that one alone, once', () => {
    const loaders = createLoaders(graph);
    expect(Object.keys(loaders)).toEqual([]);
    const organisations = loaders.organisationById;
    expect(organisations).toBeInstanceOf(DataLoader);
    expect(loaders.organisationById).toBe(organisations);
    expect(Object.keys(loaders)).toEqual(['organisationById']);
    expect(loaders.pages).toBe(loaders.pages);
    expect(Object.keys(loaders).sort()).toEqual(['organisationById', 'pages']);
    // Another request's loaders are its own.
    expect(createLoaders(graph).organisationById).not.toBe(organisations);
  });
});
