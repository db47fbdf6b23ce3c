import type { NetworkAnalysis, OrganisationMetrics } from './network-analysis.js';

/** The numeric metrics an analysis ranks organisations by. */
export type RankedMetric =
  'pageRank' | 'betweenness' | 'brokerScore' | 'degree' | 'weightedDegree' | 'projectCount';

interface AnalysisIndex {
  byId?: Map<string, OrganisationMetrics>;
  ranked: Map<RankedMetric, OrganisationMetrics[]>;
}

/**
 * Lookups built once per analysis and kept beside it (an analysis is cached
 * and answers many requests; at CORDIS scale it holds 60,000 organisations,
 * so sorting them per request would cost tens of milliseconds each time).
 */
const indexes = new WeakMap<NetworkAnalysis, AnalysisIndex>();

function indexOf(analysis: NetworkAnalysis): AnalysisIndex {
  let index = indexes.get(analysis);
  if (!index) {
    index = { ranked: new Map() };
    indexes.set(analysis, index);
  }
  return index;
}

/** An analysis's organisation metrics by organisation id. */
export function metricsById(analysis: NetworkAnalysis): ReadonlyMap<string, OrganisationMetrics> {
  const index = indexOf(analysis);
  index.byId ??= new Map(analysis.organisations.map((metrics) => [metrics.id, metrics]));
  return index.byId;
}

/** Every organisation of an analysis by `metric`, highest first, ties by id (a stable order). */
export function rankedBy(
  analysis: NetworkAnalysis,
  metric: RankedMetric,
): readonly OrganisationMetrics[] {
  const index = indexOf(analysis);
  let ranked = index.ranked.get(metric);
  if (!ranked) {
    ranked = [...analysis.organisations].sort(
      (a, b) => b[metric] - a[metric] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    index.ranked.set(metric, ranked);
  }
  return ranked;
}
