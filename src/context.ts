import { randomUUID } from 'node:crypto';
import type { User } from './auth/user.js';
import { CausalChain } from './causal/causal-chain.js';
import type { GraphClient } from './graph/graph-client.js';
import { QueryStats } from './graph/query-stats.js';
import type { TrustedDocument } from './trusted-documents/manifest.js';
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
  /** The bookmarks this request reads after, and those of the writes it committed. */
  causal: CausalChain;
  /** Estimated cost of the operation, set by the query-limits plugin for the log. */
  cost?: number;
  /** The trusted document the request named by its hash (src/trusted-documents/). */
  trustedDocument?: TrustedDocument;
}

export interface ContextOptions {
  requestId?: string;
  user?: User;
  loaderOptions?: LoaderOptions;
  /** Bookmarks the client sent back: every read of the request sees at least their state. */
  bookmarks?: readonly string[];
}

/**
 * A fresh context: new loaders (no cache shared between requests), new
 * counters, its own causal chain. The loaders (several dozen DataLoaders) are
 * built on first use: a request whose fields need none, such as a relationship
 * question answered by one statement, does not pay for them.
 */
export function createContext(graph: GraphClient, options: ContextOptions = {}): Context {
  const stats = new QueryStats();
  const causal = new CausalChain(options.bookmarks);
  const requestGraph = graph.withStats(stats).withCausalChain(causal);
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
    causal,
  };
}
