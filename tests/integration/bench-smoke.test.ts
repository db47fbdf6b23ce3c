import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateDataset } from '../../bench/dataset/generate.js';
import { loadDataset } from '../../bench/dataset/load-dataset.js';
import { runBenchmark, type BenchmarkResult } from '../../bench/harness/run-benchmark.js';
import {
  runAnalyticsBenchmark,
  type AnalyticsBenchResult,
} from '../../bench/analytics/run-analytics-benchmark.js';
import { SYSTEM_NAMES } from '../../bench/systems/system-name.js';
import type { GraphClient } from '../../src/graph/graph-client.js';
import { openTestGraph, resetGraph } from '../helpers/test-graph.js';

// The benchmark harness on the `small` generated dataset: the five systems
// (raw Cypher, @neo4j/graphql, our service without and with batching, the
// bare stack) give the same answers to every query shape, and serve a short
// load without a failed request. It measures nothing: no timing is asserted.

const SHAPES = [
  'typename',
  'organisation-by-id',
  'shared-partners-2',
  'shared-partners-5',
  'connection',
  'co-partners',
  'totals',
  'deep-nested',
  'wide-fan-out',
];
const SYSTEM_SHAPES = SHAPES.length * SYSTEM_NAMES.length;

describe('benchmark smoke run on the small dataset', () => {
  let graph: GraphClient;
  let dataDir: string;
  let result: BenchmarkResult;

  beforeAll(async () => {
    graph = openTestGraph();
    await resetGraph(graph);
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'civprot-bench-small-'));
    const generated = generateDataset('small', 1, dataDir);
    // The importer users use.
    await loadDataset(graph, generated.paths);
    result = await runBenchmark({
      graph,
      settings: inject('neo4j'),
      systems: SYSTEM_NAMES,
      connections: [4],
      durationSeconds: 1,
      warmupSeconds: 0,
      requestsPerRun: 4,
      concurrentSystems: true,
      runs: 1,
      launch: 'in-process',
    });
  }, 300_000);

  afterAll(async () => {
    await graph?.driver.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('generates the same files for the same seed', () => {
    const first = generateDataset('small', 1, path.join(dataDir, 'first'));
    const again = generateDataset('small', 1, path.join(dataDir, 'again'));
    expect(again.paths.map((file) => readFileSync(file, 'utf8'))).toEqual(
      first.paths.map((file) => readFileSync(file, 'utf8')),
    );
    expect(first.summary.projects).toBe(300);
    expect(first.summary.participations).toBeGreaterThan(2 * first.summary.projects);
  });

  it('every system returns the same data for every shape', () => {
    expect(result.checks.map((check) => check.shape)).toEqual(SHAPES);
    for (const check of result.checks) expect(check.problems, check.shape).toEqual([]);
  });

  it('the bare stack answers our documents with the floor’s one statement, and { __typename } with none', () => {
    for (const check of result.checks) {
      expect(check.roundTrips.bare, check.shape).toBe(check.shape === 'typename' ? undefined : 1);
      expect(check.roundTrips.floor, check.shape).toBe(check.shape === 'typename' ? 0 : 1);
    }
  });

  it('our nested shapes cost at most one round trip per level, the naive resolvers one per parent', () => {
    for (const shape of ['deep-nested', 'wide-fan-out']) {
      const check = result.checks.find((c) => c.shape === shape);
      // Three statements: the list, then one page per level that brings the next level along.
      expect(check?.roundTrips.ours, shape).toBe(3);
      expect(check?.roundTrips.ours ?? Infinity, shape).toBeLessThanOrEqual(
        result.levels[shape] ?? 0,
      );
      // One per parent: many times ours even on the small dataset.
      expect(check?.roundTrips.naive, shape).toBeGreaterThan(5 * (check?.roundTrips.ours ?? 0));
    }
  });

  it('a short load of every shape on every system completes without errors', () => {
    expect(result.records).toHaveLength(SYSTEM_SHAPES);
    for (const record of result.records) {
      const where = `${record.shape} on ${record.system}`;
      expect(record.requests, where).toBeGreaterThan(0);
      expect(record.errors + record.timeouts + record.non2xx + record.errorBodies, where).toBe(0);
    }
  });

  it('waits after every load until the database has finished what the load left running', () => {
    for (const record of result.records) {
      expect(record.settledMs, `${record.shape} on ${record.system}`).toBeGreaterThanOrEqual(0);
    }
  });

  describe('analytics shapes', () => {
    const MAX_EDGES = 200;
    let analytics: AnalyticsBenchResult;

    beforeAll(async () => {
      analytics = await runAnalyticsBenchmark({
        graph,
        settings: inject('neo4j'),
        requests: 2,
        launch: 'in-process',
        networkMaxEdges: MAX_EDGES,
      });
    }, 300_000);

    it('every analytics shape answers without an error', () => {
      expect(analytics.shapes.map((shape) => shape.name)).toEqual([
        'network-unfiltered',
        'analytics-whole',
        'analytics-programme',
        'analytics-countries',
        'analytics-funders',
        'hub-metrics',
        'evolution-programme',
      ]);
      for (const shape of analytics.shapes) expect(shape.errors, shape.name).toEqual([]);
    });

    it('the unfiltered network is a bounded view that counts what it leaves out', () => {
      const data = analytics.shapes[0]!.data as {
        partnershipNetwork: {
          truncated: boolean;
          nodes: Array<{ id: string }>;
          edges: Array<{ source: string; target: string; weight: number; projectIds: string[] }>;
          omitted: { organisations: number; ties: number; totalTies: number } | null;
        };
      };
      const network = data.partnershipNetwork;
      expect(network.truncated).toBe(true);
      expect(network.edges).toHaveLength(MAX_EDGES);
      expect(network.omitted).not.toBeNull();
      expect(network.omitted!.totalTies).toBeGreaterThan(MAX_EDGES);
      expect(network.omitted!.ties).toBe(network.omitted!.totalTies - MAX_EDGES);
      for (const edge of network.edges) expect(edge.projectIds).toHaveLength(edge.weight);
      const ends = new Set(network.edges.flatMap((edge) => [edge.source, edge.target]));
      expect(new Set(network.nodes.map((node) => node.id))).toEqual(ends);
    });

    it('records the size of each analysed network beside its time', () => {
      const programme = analytics.shapes.find((shape) => shape.name === 'analytics-programme')!;
      const { networkAnalytics } = programme.data as {
        networkAnalytics: { projectCount: number; shape: { organisations: number; ties: number } };
      };
      expect(networkAnalytics.shape.organisations).toBeGreaterThan(0);
      expect(programme.network).toEqual({
        organisations: networkAnalytics.shape.organisations,
        ties: networkAnalytics.shape.ties,
        projects: networkAnalytics.projectCount,
      });
      const hub = analytics.shapes.find((shape) => shape.name === 'hub-metrics')!;
      expect(hub.network).toBeNull();
    });

    it('a write makes the whole-network analysis current again', () => {
      expect(analytics.refresh.refreshAfterWriteMs).toBeGreaterThan(0);
      expect(Number.isFinite(analytics.refresh.firstAnalysisMs)).toBe(true);
    });
  });
});
