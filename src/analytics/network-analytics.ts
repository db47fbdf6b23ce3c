import { LRUCache } from 'lru-cache';
import type { Driver } from 'neo4j-driver';
import { badUserInput } from '../errors.js';
import type { GraphClient } from '../graph/graph-client.js';
import { QueryStats } from '../graph/query-stats.js';
import { readWriteEpoch } from '../graph/queries/write-epoch.js';
import { AnalysisRunner, type TaskRunner } from './analysis-runner.js';
import { MAX_SLICE_TIES } from './analytics-limits.js';
import type { NetworkAnalysis } from './network-analysis.js';
import type { NetworkEvolution } from './network-evolution.js';
import { unpackAnalysis } from './packed-analysis.js';
import { packedPairs } from './packed-slice.js';
import { readNetworkSlice, type ReadSlice } from './read-network-slice.js';
import { isWholeNetwork, sliceKey, type SliceFilter } from './slice-filter.js';
import { epochKey, isLaterEpoch, onWrite, type WriteEpoch } from './write-epoch.js';

/** An analysis with how fresh it is. */
export interface AnalysisAnswer {
  analysis: NetworkAnalysis;
  /** False while a newer whole-network analysis (after a write) is still being computed. */
  current: boolean;
}

/** Cached answers, counted in organisations (an analysis holds one row per organisation). */
const CACHE_ORGANISATIONS = 500_000;
/** A write batch (an import's batches, a burst of edits) settles this long before the whole network is recomputed. */
const REFRESH_DELAY_MS = 1_000;
/**
 * While the whole network is recomputed after a write, a request waits for
 * the new figures when the network is small (a few seconds of work at most),
 * and otherwise gets the last finished ones marked as not current, so that no
 * request waits on the tens of seconds a CORDIS-sized refresh takes. Decided
 * by size, not by the last run's duration, so the answer does not depend on
 * how busy the machine was.
 */
const WAIT_FOR_REFRESH_BELOW_TIES = 200_000;

interface WholeNetwork {
  latest?: { answer: NetworkAnalysis; epoch: WriteEpoch };
  running?: { promise: Promise<NetworkAnalysis>; epoch: WriteEpoch };
}

/** How the analytics of a service are set up. */
export interface AnalyticsSettings {
  /** The largest filtered slice analysed on demand, in ties (see analytics-limits.ts). */
  maxSliceTies: number;
  /** Where analyses run; default one worker thread (AnalysisRunner). */
  runner?: TaskRunner;
}

export const DEFAULT_ANALYTICS_SETTINGS: AnalyticsSettings = { maxSliceTies: MAX_SLICE_TIES };

/**
 * Analytics per network slice, cached per slice under the database's write
 * epoch (any committed write, through any service process, makes every entry
 * stale; the epoch is read once per request). The whole network is kept
 * analysed in the background: from start-up (warm), and again shortly after
 * each write batch of this process or when a request finds a newer epoch.
 */
export class NetworkAnalytics {
  private readonly runner: TaskRunner;
  private readonly maxSliceTies: number;
  /** The epoch each request read, by the request's graph client (one read per request). */
  private readonly requestEpochs = new WeakMap<GraphClient, Promise<WriteEpoch>>();
  private readonly cache = new LRUCache<string, Promise<NetworkAnalysis | NetworkEvolution>>({
    maxSize: CACHE_ORGANISATIONS,
  });
  private readonly whole: WholeNetwork = {};
  private refreshTimer: NodeJS.Timeout | undefined;
  private graph: GraphClient | undefined;
  private readonly stopListening: () => void;

  constructor(driver: Driver, settings: AnalyticsSettings = DEFAULT_ANALYTICS_SETTINGS) {
    this.runner = settings.runner ?? new AnalysisRunner();
    this.maxSliceTies = settings.maxSliceTies;
    this.stopListening = onWrite(driver, () => this.scheduleRefresh());
  }

  /** Where tasks run (for the logs and the benchmark). */
  get inWorker(): boolean {
    return this.runner.inWorker;
  }

  /** The analysis of a slice for a seed; the whole network from the background computation. */
  async analysis(graph: GraphClient, filter: SliceFilter, seed: number): Promise<AnalysisAnswer> {
    this.graph ??= graph.withStats(new QueryStats());
    const epoch = await this.epochOf(graph);
    if (isWholeNetwork(filter) && seed === this.wholeSeed) return this.wholeNetwork(epoch);
    const analysis = (await this.cached(`analysis|${seed}`, epoch, graph, filter, (read) =>
      this.analyse(read, seed),
    )) as NetworkAnalysis;
    return { analysis, current: true };
  }

  /** The slice period by period. */
  async evolution(
    graph: GraphClient,
    filter: SliceFilter,
    yearsPerPeriod: number,
  ): Promise<NetworkEvolution> {
    const epoch = await this.epochOf(graph);
    return (await this.cached(`evolution|${yearsPerPeriod}`, epoch, graph, filter, ({ slice }) =>
      this.runner.run({ kind: 'evolution', slice, yearsPerPeriod }),
    )) as NetworkEvolution;
  }

  /**
   * Starts the whole-network analysis now (at start-up) and returns at once;
   * the promise, which callers need not wait for, settles when it is done
   * (never rejects: a failure is retried by the next request).
   */
  warm(graph: GraphClient): Promise<void> {
    this.graph ??= graph.withStats(new QueryStats());
    const background = this.graph;
    return (async () => {
      await this.startWholeNetwork(await readWriteEpoch(background));
    })().catch(() => undefined);
  }

  async close(): Promise<void> {
    this.stopListening();
    clearTimeout(this.refreshTimer);
    await this.runner.close();
  }

  /** The seed the background analysis uses (requests with another seed are computed as slices). */
  readonly wholeSeed = 1;

  /** Whole-network analyses finished so far (warm-up and refreshes), for the logs and tests. */
  wholeNetworkRuns = 0;

  /** The write epoch as this request saw it: read once, on its first analytics field. */
  private epochOf(graph: GraphClient): Promise<WriteEpoch> {
    let epoch = this.requestEpochs.get(graph);
    if (!epoch) {
      epoch = readWriteEpoch(graph);
      this.requestEpochs.set(graph, epoch);
    }
    return epoch;
  }

  private async cached(
    kind: string,
    epoch: WriteEpoch,
    graph: GraphClient,
    filter: SliceFilter,
    compute: (read: ReadSlice) => Promise<NetworkAnalysis | NetworkEvolution>,
  ): Promise<NetworkAnalysis | NetworkEvolution> {
    const key = `${kind}|${epochKey(epoch)}|${sliceKey(filter)}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const promise = (async () => {
      const read = await readNetworkSlice(graph, filter);
      if (!isWholeNetwork(filter)) assertSliceSize(read, this.maxSliceTies);
      return compute(read);
    })();
    this.cache.set(key, promise, { size: 1 });
    try {
      const result = await promise;
      // Re-set with its real size, unless a newer entry replaced it meanwhile.
      if (this.cache.peek(key) === promise) this.cache.set(key, promise, { size: sizeOf(result) });
      return result;
    } catch (error) {
      if (this.cache.peek(key) === promise) this.cache.delete(key);
      throw error;
    }
  }

  private async wholeNetwork(epoch: WriteEpoch): Promise<AnalysisAnswer> {
    const { latest } = this.whole;
    if (latest && !isLaterEpoch(epoch, latest.epoch))
      return { analysis: latest.answer, current: true };
    const running = this.startWholeNetwork(epoch);
    if (latest && latest.answer.shape.ties >= WAIT_FOR_REFRESH_BELOW_TIES) {
      return { analysis: latest.answer, current: false };
    }
    const analysis = await running;
    const now = this.whole.latest?.epoch;
    return { analysis, current: now !== undefined && !isLaterEpoch(epoch, now) };
  }

  private startWholeNetwork(epoch: WriteEpoch): Promise<NetworkAnalysis> {
    const running = this.whole.running;
    if (running && !isLaterEpoch(epoch, running.epoch)) return running.promise;
    const graph = this.graph;
    if (!graph) return Promise.reject(new Error('network analytics used before any request'));
    const promise = (async () => {
      // One refresh at a time: a newer one waits for the one before.
      await this.whole.running?.promise.catch(() => undefined);
      const analysis = await this.analyse(await readNetworkSlice(graph, WHOLE), this.wholeSeed);
      if (!this.whole.latest || isLaterEpoch(epoch, this.whole.latest.epoch)) {
        this.whole.latest = { answer: analysis, epoch };
      }
      this.wholeNetworkRuns += 1;
      return analysis;
    })();
    this.whole.running = { promise, epoch };
    promise.catch(() => {
      if (this.whole.running?.promise === promise) this.whole.running = undefined;
    });
    return promise;
  }

  /** One analysis in the runner, unpacked with the names that stayed on this thread. */
  private async analyse(
    { slice, organisations }: ReadSlice,
    seed: number,
  ): Promise<NetworkAnalysis> {
    const packed = await this.runner.run({ kind: 'analysis', slice, seed });
    return await unpackAnalysis(packed, organisations);
  }

  /** After a write batch settles, the whole network is analysed again if it was analysed before. */
  private scheduleRefresh(): void {
    const graph = this.graph;
    if (!graph || (!this.whole.latest && !this.whole.running)) return;
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      void readWriteEpoch(graph)
        .then((epoch) => this.startWholeNetwork(epoch))
        .catch(() => undefined);
    }, REFRESH_DELAY_MS);
    this.refreshTimer.unref();
  }
}

const WHOLE: SliceFilter = {
  projectIds: null,
  countryCodes: null,
  fundingSourceIds: null,
  policyAreaIds: null,
  activeFrom: null,
  activeTo: null,
};

function sizeOf(result: NetworkAnalysis | NetworkEvolution): number {
  return 'organisations' in result ? result.organisations.length + 1 : result.periods.length + 1;
}

/**
 * A filtered slice is analysed on request, so its size is bounded: the pairs
 * its projects can form (an upper bound of its ties) must stay within
 * `maxTies` (MAX_SLICE_TIES unless configured). The whole network has no such
 * bound (it is analysed in the background).
 */
function assertSliceSize({ slice }: ReadSlice, maxTies: number): void {
  const pairs = packedPairs(slice);
  if (pairs > maxTies) {
    throw badUserInput(
      `"filter" selects a network of up to ${pairs} ties; analytics of a filtered network take at most ` +
        `${maxTies} (narrow it by projects, countries, funders, policy areas or period, ` +
        'or leave the filter out for the whole network, which is analysed in the background)',
      { argument: 'filter' },
    );
  }
}

const instances = new WeakMap<Driver, NetworkAnalytics>();

/** The analytics of one database connection (shared by every request on it). */
export function networkAnalyticsFor(graph: GraphClient): NetworkAnalytics {
  const existing = instances.get(graph.driver);
  if (existing) return existing;
  const created = new NetworkAnalytics(graph.driver);
  instances.set(graph.driver, created);
  return created;
}

/** Sets up the analytics of a connection (the service does, at start); replaces any before. */
export function useNetworkAnalytics(
  graph: GraphClient,
  settings: AnalyticsSettings,
): NetworkAnalytics {
  void instances.get(graph.driver)?.close();
  const created = new NetworkAnalytics(graph.driver, settings);
  instances.set(graph.driver, created);
  return created;
}
