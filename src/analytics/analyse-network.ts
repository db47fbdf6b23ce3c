import { pagerank } from './graphology-cjs.js';
import { EXACT_MAX_ORGANISATIONS, SAMPLE_SOURCES } from './analytics-limits.js';
import { betweenness } from './betweenness.js';
import { brokerScores, detectCommunities } from './communities.js';
import { buildCopartnerGraph, type CopartnerGraph } from './copartner-graph.js';
import { groupNetwork } from './group-network.js';
import type {
  CommunitySummary,
  CommunityTie,
  CountShare,
  NetworkAnalysis,
  OrganisationMetrics,
  WeightedTie,
} from './network-analysis.js';
import type { NetworkSlice } from './network-slice.js';
import { networkShape } from './network-shape.js';
import { seededRandom } from './seeded-random.js';

/** Members listed per community. */
const TOP_MEMBERS = 10;
/** Ties kept per organisation in the backbone. */
const BACKBONE_TIES_PER_ORGANISATION = 2;

/**
 * All the analytics of one slice, deterministic for a given slice and seed:
 * per-organisation metrics, communities and their ties, the network's shape
 * and its backbone. Exact up to EXACT_MAX_ORGANISATIONS, sampled above.
 */
export function analyseNetwork(slice: NetworkSlice, seed: number): NetworkAnalysis {
  const started = performance.now();
  const graph = buildCopartnerGraph(
    slice.organisations.map((organisation) => organisation.id),
    slice.projects,
  );
  const sources = graph.order <= EXACT_MAX_ORGANISATIONS ? 'all' : SAMPLE_SOURCES;
  const partition = detectCommunities(graph, seededRandom(seed));
  const between = betweenness(graph, sources, seededRandom(seed + 1));
  const shape = networkShape(graph, sources, seededRandom(seed + 2));
  const ranks =
    graph.size === 0 ? uniformRanks(graph) : pagerank(graph, { getEdgeWeight: 'weight' });
  const brokers = brokerScores(graph, partition.communityOf);

  const organisations: OrganisationMetrics[] = slice.organisations.map((organisation) => {
    const id = organisation.id;
    let weightedDegree = 0;
    graph.forEachEdge(id, (_edge, { weight }) => (weightedDegree += weight));
    return {
      ...organisation,
      projectCount: graph.getNodeAttribute(id, 'projectCount'),
      degree: graph.degree(id),
      weightedDegree,
      pageRank: ranks[id] ?? 0,
      betweenness: between.values.get(id) ?? 0,
      brokerScore: brokers.get(id) ?? 0,
      community: partition.communityOf.get(id)!,
    };
  });
  organisations.sort((a, b) => b.pageRank - a.pageRank || compareIds(a.id, b.id));

  return {
    seed,
    projectCount: slice.projects.length,
    shape,
    modularity: partition.modularity,
    betweennessSampleSize: between.sampleSize,
    organisations,
    communities: summariseCommunities(slice, graph, organisations, partition.count),
    communityTies: tiesBetweenCommunities(graph, partition.communityOf),
    backbone: strongestTies(graph),
    groupedBy: {
      country: groupNetwork(graph, organisations, 'country'),
      community: groupNetwork(graph, organisations, 'community'),
    },
    computeMs: performance.now() - started,
  };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** PageRank without ties is the uniform distribution (graphology's would divide by zero weight). */
function uniformRanks(graph: CopartnerGraph): Record<string, number> {
  return Object.fromEntries(graph.nodes().map((node) => [node, 1 / graph.order]));
}

function summariseCommunities(
  slice: NetworkSlice,
  graph: CopartnerGraph,
  byRank: readonly OrganisationMetrics[],
  count: number,
): CommunitySummary[] {
  const communityOf = new Map(
    byRank.map((organisation) => [organisation.id, organisation.community]),
  );
  const summaries: CommunitySummary[] = Array.from({ length: count }, (_, id) => ({
    id,
    size: 0,
    topMemberIds: [],
    countries: [],
    funders: [],
    internalTies: 0,
  }));
  const countries = summaries.map(() => new Counter());
  const funders = summaries.map(() => new Counter());
  for (const organisation of byRank) {
    const summary = summaries[organisation.community]!;
    summary.size += 1;
    if (summary.topMemberIds.length < TOP_MEMBERS) summary.topMemberIds.push(organisation.id);
    if (organisation.countryCode)
      countries[organisation.community]!.add(organisation.countryCode, null);
  }
  for (const project of slice.projects) {
    const communities = new Set(project.memberIds.map((id) => communityOf.get(id)!));
    for (const community of communities) {
      for (const funder of project.funders) funders[community]!.add(funder.id, funder.name);
    }
  }
  graph.forEachEdge((_edge, _attributes, source, target) => {
    const community = communityOf.get(source)!;
    if (community === communityOf.get(target)) summaries[community]!.internalTies += 1;
  });
  summaries.forEach((summary, index) => {
    summary.countries = countries[index]!.sorted();
    summary.funders = funders[index]!.sorted();
  });
  return summaries;
}

/** Counts by key, reported most first (then by key). */
class Counter {
  private readonly counts = new Map<string, CountShare>();
  add(key: string, name: string | null): void {
    const entry = this.counts.get(key) ?? { key, name, count: 0 };
    entry.count += 1;
    this.counts.set(key, entry);
  }
  sorted(): CountShare[] {
    return [...this.counts.values()].sort((a, b) => b.count - a.count || compareIds(a.key, b.key));
  }
}

/** The community graph: ties and shared projects between each pair of communities. */
function tiesBetweenCommunities(
  graph: CopartnerGraph,
  communityOf: ReadonlyMap<string, number>,
): CommunityTie[] {
  const ties = new Map<string, CommunityTie>();
  graph.forEachEdge((_edge, { weight }, source, target) => {
    const a = communityOf.get(source)!;
    const b = communityOf.get(target)!;
    if (a === b) return;
    const [low, high] = a < b ? [a, b] : [b, a];
    const key = `${low}:${high}`;
    const tie = ties.get(key) ?? { source: low, target: high, ties: 0, weight: 0 };
    tie.ties += 1;
    tie.weight += weight;
    ties.set(key, tie);
  });
  return [...ties.values()].sort(
    (a, b) => b.weight - a.weight || a.source - b.source || a.target - b.target,
  );
}

/**
 * Each organisation's heaviest ties (BACKBONE_TIES_PER_ORGANISATION of them,
 * ties broken by the other's id), heaviest first: every organisation with a
 * tie keeps at least one, so a cut of this list still shows every part of
 * the network rather than only its densest core.
 */
function strongestTies(graph: CopartnerGraph): WeightedTie[] {
  const kept = new Map<string, WeightedTie>();
  graph.forEachNode((node) => {
    const ties: WeightedTie[] = [];
    graph.forEachEdge(node, (_edge, { weight }, source, target) => {
      const [low, high] = source < target ? [source, target] : [target, source];
      ties.push({ source: low, target: high, weight });
    });
    // The network's own order (weight, then source, then target), so the
    // heaviest ties of the whole network are always among the kept ones.
    ties.sort(
      (a, b) =>
        b.weight - a.weight || compareIds(a.source, b.source) || compareIds(a.target, b.target),
    );
    for (const tie of ties.slice(0, BACKBONE_TIES_PER_ORGANISATION)) {
      kept.set(`${tie.source}\u0000${tie.target}`, tie);
    }
  });
  return [...kept.values()].sort(
    (a, b) =>
      b.weight - a.weight || compareIds(a.source, b.source) || compareIds(a.target, b.target),
  );
}
