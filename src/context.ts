import { randomUUID } from 'node:crypto';
import type { GraphClient } from './graph/graph-client.js';
import { QueryStats } from './graph/query-stats.js';
import { createLoaders, type LoaderOptions, type Loaders } from './loaders/create-loaders.js';

/** What every resolver gets for one request. */
export interface Context {
  requestId: string;
  /** The graph client counting this request's round trips. */
  graph: GraphClient;
  loaders: Loaders;
  stats: QueryStats;
}

/** A fresh context: new loaders (no cache shared between requests) and new counters. */
export function createContext(
  graph: GraphClient,
  requestId: string = randomUUID(),
  loaderOptions?: LoaderOptions,
): Context {
  const stats = new QueryStats();
  const requestGraph = graph.withStats(stats);
  return {
    requestId,
    graph: requestGraph,
    loaders: createLoaders(requestGraph, loaderOptions),
    stats,
  };
}
