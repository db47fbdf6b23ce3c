import { createRequire } from 'node:module';
import type louvainModule from 'graphology-communities-louvain';
import type pagerankModule from 'graphology-metrics/centrality/pagerank.js';

/**
 * These two packages are CommonJS modules whose typings declare an ES default
 * export; under NodeNext TypeScript and Node disagree on what a default import
 * of them is. Requiring them gives the function both agree on.
 */
const require = createRequire(import.meta.url);

export const louvain = require('graphology-communities-louvain') as typeof louvainModule.default;
export const pagerank =
  require('graphology-metrics/centrality/pagerank.js') as typeof pagerankModule.default;
