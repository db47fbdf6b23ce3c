import { randomUUID } from 'node:crypto';
import type { User } from './auth/user.js';
import type { GraphClient } from './graph/graph-client.js';
import { QueryStats } from './graph/query-stats.js';
import { createLoaders, type LoaderOptions, type Loaders } from './loaders/create-loaders.js';

/** What every resolver gets for one request. */
export interface Context {
  requestId: string;
  /** The caller of a verified bearer token; undefined for anonymous reads. */
  user?: User;
  /** The graph client counting this request's round trips. */
  graph: GraphClient;
  loaders: Loaders;
  stats: QueryStats;
  /** Estimated cost of the operation, set by the query-limits plugin for the log. */
  cost?: number;
}

export interface ContextOptions {
  requestId?: string;
  user?: User;
  loaderOptions?: LoaderOptions;
}

/**
 * A fresh context: new loaders (no cache shared between requests) and new
 * counters. The loaders (several dozen DataLoaders) are built on first use:
 * a request whose fields need none, such as a relationship question answered
 * by one statement, does not pay for them.
 */
export function createContext(graph: GraphClient, options: ContextOptions = {}): Context {
  const stats = new QueryStats();
  const requestGraph = graph.withStats(stats);
  let loaders: Loaders | undefined;
  return {
    requestId: options.requestId ?? randomUUID(),
    user: options.user,
    graph: requestGraph,
    get loaders() {
      loaders ??= createLoaders(requestGraph, options.loaderOptions);
      return loaders;
    },
    stats,
  };
}
