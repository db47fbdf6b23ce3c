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
 * built on first use: a request whose fields need none, such as
 * `{ __typename }` or a relationship question answered by one statement,
 * does not pay for them.
 */
export function createContext(graph: GraphClient, options: ContextOptions = {}): Context {
  return new RequestContext(graph, options);
}

/**
 * Apollo Server copies the context it is given (`Object.assign` onto an
 * object of the same prototype) before running an operation, and a copy
 * reads every own property, getters included. So `loaders` is a getter of
 * the prototype, which a copy keeps without calling it, and the loaders it
 * builds are kept in a plain property of whichever object first asks.
 */
class RequestContext implements Context {
  readonly requestId: string;
  readonly user?: User;
  readonly graph: GraphClient;
  readonly stats = new QueryStats();
  readonly causal: CausalChain;
  cost?: number;
  trustedDocument?: TrustedDocument;
  private readonly loaderOptions?: LoaderOptions;
  private builtLoaders?: Loaders;

  constructor(graph: GraphClient, options: ContextOptions) {
    this.requestId = options.requestId ?? randomUUID();
    this.user = options.user;
    this.causal = new CausalChain(options.bookmarks);
    this.graph = graph.withStats(this.stats).withCausalChain(this.causal);
    this.loaderOptions = options.loaderOptions;
  }

  get loaders(): Loaders {
    this.builtLoaders ??= createLoaders(this.graph, this.loaderOptions);
    return this.builtLoaders;
  }
}
