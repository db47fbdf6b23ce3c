import { EXACT_MAX_ORGANISATIONS, SAMPLE_SOURCES } from './analytics-limits.js';
import { betweenness, type BetweennessResult } from './betweenness.js';
import { brokerScores, detectCommunities, type CommunityPartition } from './communities.js';
import { buildCopartnerTies, type CopartnerTies } from './copartner-graph.js';
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
import { networkShape, type NetworkShape } from './network-shape.js';
import { pageRank } from './pagerank.js';
import { seededRandom } from './seeded-random.js';

/** Members listed per community. */
const TOP_MEMBERS = 10;
/** Ties kept per organisation in the backbone. */
const BACKBONE_TIES_PER_ORGANISATION = 2;

/**
 * All the analytics of one slice, deterministic for a given slice and seed:
 * per-organisation metrics, communities and their ties, the network's shape
 * and its backbone. Exact up to EXACT_MAX_ORGANISATIONS, sampled above.
 *
 * The ties are built once in compact form (typed arrays, by organisation
 * index), and every algorithm reads them: no graphology graph is built
 * (at CORDIS scale it took 19–24 s and about 800 MB for Louvain alone;
 * bench/RESULTS.md, "Network analytics", has the profiles that led here).
 */
export function analyseNetwork(
  slice: NetworkSlice,
  seed: number,
  stageDone: StageHook = () => {},
): NetworkAnalysis {
  const started = performance.now();
  const ties = buildCopartnerTies(
    slice.organisations.map((organisation) => organisation.id),
    slice.projects,
  );
  stageDone('build ties (typed arrays)');
  const { partition, between, shape, ranks } = graphMetrics(ties, seed, stageDone);
  const brokers = brokerScores(ties, partition);
  stageDone('broker scores');

  const indexOf = new Map<string, number>();
  ties.ids.forEach((id, index) => indexOf.set(id, index));
  const { starts, weights } = ties;
  const organisations: OrganisationMetrics[] = slice.organisations.map((organisation) => {
    const i = indexOf.get(organisation.id)!;
    let weightedDegree = 0;
    for (let k = starts[i]!; k < starts[i + 1]!; k++) weightedDegree += weights[k]!;
    return {
      ...organisation,
      projectCount: ties.projectCounts[i]!,
      degree: starts[i + 1]! - starts[i]!,
      weightedDegree,
      pageRank: ranks[i]!,
      betweenness: between.values[i]!,
      brokerScore: brokers[i]!,
      community: partition.communityOf[i]!,
    };
  });
  organisations.sort((a, b) => b.pageRank - a.pageRank || compareIds(a.id, b.id));
  stageDone('organisation rows');
  const communities = summariseCommunities(slice, indexOf, ties, organisations, partition);
  stageDone('community summaries');
  const communityTies = tiesBetweenCommunities(ties, partition);
  stageDone('ties between communities');
  const backbone = strongestTies(ties);
  stageDone('backbone');
  const groupedBy = {
    country: groupNetwork(ties, organisations, indexOf, 'country'),
    community: groupNetwork(ties, organisations, indexOf, 'community'),
  };
  stageDone('grouped views');
  return {
    seed,
    projectCount: slice.projects.length,
    shape,
    modularity: partition.modularity,
    betweennessSampleSize: between.sampleSize,
    organisations,
    communities,
    communityTies,
    backbone,
    groupedBy,
    computeMs: performance.now() - started,
  };
}

/** Called after each stage of an analysis with the stage's name (the profile harness times them). */
export type StageHook = (stage: string) => void;

/** The figures of the whole network per organisation index, all from the compact ties. */
function graphMetrics(
  ties: CopartnerTies,
  seed: number,
  stageDone: StageHook,
): {
  partition: CommunityPartition;
  between: BetweennessResult;
  shape: NetworkShape;
  ranks: Float64Array;
} {
  const partition = detectCommunities(ties, seededRandom(seed));
  stageDone('communities (Louvain)');
  const sources = ties.ids.length <= EXACT_MAX_ORGANISATIONS ? 'all' : SAMPLE_SOURCES;
  const between = betweenness(ties, sources, seededRandom(seed + 1));
  stageDone('betweenness and path lengths');
  const shape = networkShape(ties, between);
  stageDone('shape (components)');
  const ranks = pageRank(ties);
  stageDone('PageRank');
  return { partition, between, shape, ranks };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function summariseCommunities(
  slice: NetworkSlice,
  indexOf: ReadonlyMap<string, number>,
  ties: CopartnerTies,
  byRank: readonly OrganisationMetrics[],
  partition: CommunityPartition,
): CommunitySummary[] {
  const { communityOf, count } = partition;
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
  const communities = new Set<number>();
  for (const project of slice.projects) {
    communities.clear();
    for (const id of project.memberIds) {
      const index = indexOf.get(id);
      if (index !== undefined) communities.add(communityOf[index]!);
    }
    for (const community of communities) {
      for (const funder of project.funders) funders[community]!.add(funder.id, funder.name);
    }
  }
  const { starts, neighbours } = ties;
  for (let i = 0; i < ties.ids.length; i++) {
    for (let k = starts[i]!; k < starts[i + 1]!; k++) {
      const j = neighbours[k]!;
      if (j > i && communityOf[i] === communityOf[j]) summaries[communityOf[i]!]!.internalTies += 1;
    }
  }
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
  ties: CopartnerTies,
  partition: CommunityPartition,
): CommunityTie[] {
  const { communityOf, count } = partition;
  const between = new Map<number, CommunityTie>();
  const { starts, neighbours, weights } = ties;
  for (let i = 0; i < ties.ids.length; i++) {
    for (let k = starts[i]!; k < starts[i + 1]!; k++) {
      const j = neighbours[k]!;
      const a = communityOf[i]!;
      const b = communityOf[j]!;
      if (j < i || a === b) continue;
      const [low, high] = a < b ? [a, b] : [b, a];
      const key = low * count + high;
      const tie = between.get(key);
      if (tie) {
        tie.ties += 1;
        tie.weight += weights[k]!;
      } else between.set(key, { source: low, target: high, ties: 1, weight: weights[k]! });
    }
  }
  return [...between.values()].sort(
    (a, b) => b.weight - a.weight || a.source - b.source || a.target - b.target,
  );
}

/**
 * Each organisation's heaviest ties (BACKBONE_TIES_PER_ORGANISATION of them,
 * ties broken by the other's id), heaviest first: every organisation with a
 * tie keeps at least one, so a cut of this list still shows every part of
 * the network rather than only its densest core. Indices follow id order, so
 * comparing indices compares ids.
 */
function strongestTies(ties: CopartnerTies): WeightedTie[] {
  const { ids, starts, neighbours, weights } = ties;
  const order = ids.length;
  const kept = new Map<number, number>();
  // The network's own order (weight, then lower end, then higher end), so the
  // heaviest ties of the whole network are always among the kept ones.
  const before = (
    weightA: number,
    lowA: number,
    highA: number,
    weightB: number,
    lowB: number,
    highB: number,
  ) =>
    weightA > weightB || (weightA === weightB && (lowA < lowB || (lowA === lowB && highA < highB)));
  for (let i = 0; i < order; i++) {
    const best: Array<{ low: number; high: number; weight: number }> = [];
    for (let k = starts[i]!; k < starts[i + 1]!; k++) {
      const j = neighbours[k]!;
      const tie = { low: Math.min(i, j), high: Math.max(i, j), weight: weights[k]! };
      let at = best.length;
      while (
        at > 0 &&
        before(
          tie.weight,
          tie.low,
          tie.high,
          best[at - 1]!.weight,
          best[at - 1]!.low,
          best[at - 1]!.high,
        )
      )
        at -= 1;
      if (at < BACKBONE_TIES_PER_ORGANISATION) {
        best.splice(at, 0, tie);
        if (best.length > BACKBONE_TIES_PER_ORGANISATION) best.pop();
      }
    }
    for (const { low, high, weight } of best) kept.set(low * order + high, weight);
  }
  return [...kept]
    .map(([key, weight]) => {
      const low = Math.floor(key / order);
      return { low, high: key - low * order, weight };
    })
    .sort((a, b) => b.weight - a.weight || a.low - b.low || a.high - b.high)
    .map(({ low, high, weight }) => ({ source: ids[low]!, target: ids[high]!, weight }));
}
