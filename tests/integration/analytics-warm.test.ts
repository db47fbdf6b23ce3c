import { gql } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalysisRunner, type TaskRunner } from '../../src/analytics/analysis-runner.js';
import type { AnalysisTaskResult, AnalysisTask } from '../../src/analytics/analysis-task.js';
import { networkAnalyticsFor } from '../../src/analytics/network-analytics.js';
import type { GraphClient } from '../../src/graph/graph-client.js';
import { openTestGraph, resetAndSeed } from '../helpers/test-graph.js';
import { startTestService, type TestService } from '../helpers/test-service.js';

/**
 * The real runner behind a gate: every task is recorded when it arrives and
 * runs only once the test opens the gate, so the test decides when the warm
 * analysis finishes (no timing involved).
 */
class GatedRunner implements TaskRunner {
  readonly inWorker = false;
  readonly tasks: AnalysisTask[] = [];
  finished = 0;
  private readonly real = new AnalysisRunner();
  private open!: () => void;
  private readonly gate = new Promise<void>((resolve) => (this.open = resolve));
  private arrived!: () => void;
  /** Resolves when the first task has arrived. */
  readonly firstArrived = new Promise<void>((resolve) => (this.arrived = resolve));
  private done!: () => void;
  /** Resolves when the first task has finished. */
  readonly firstFinished = new Promise<void>((resolve) => (this.done = resolve));

  async run<T extends AnalysisTask>(task: T): Promise<AnalysisTaskResult<T>> {
    this.tasks.push(task);
    this.arrived();
    await this.gate;
    const result = await this.real.run(task);
    this.finished += 1;
    this.done();
    return result;
  }

  release(): void {
    this.open();
  }

  close(): Promise<void> {
    return this.real.close();
  }
}

interface Stats {
  statements: string[];
}

// The service analyses the whole network in the background from start-up:
// readiness and other requests do not wait for it, and the first request for
// the whole network afterwards is answered from it.
describe('whole-network analytics warmed at start', () => {
  let graph: GraphClient;
  let api: TestService;
  const runner = new GatedRunner();

  beforeAll(async () => {
    graph = openTestGraph();
    await resetAndSeed(graph);
    api = await startTestService(graph, { analytics: { runner } });
  });

  afterAll(async () => {
    runner.release();
    await api?.stop();
    await graph?.driver.close();
  });

  it('answers /ready and ordinary requests while the warm analysis is still running', async () => {
    await runner.firstArrived;
    expect(runner.tasks).toHaveLength(1);
    expect(runner.tasks[0]).toMatchObject({ kind: 'analysis', seed: 1 });
    const ready = await fetch(`${api.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready' });
    const data = await api.client.request<{ organisation: { id: string } | null }>(gql`
      {
        organisation(id: "hamburg-fire-rescue-service") {
          id
        }
      }
    `);
    expect(data.organisation?.id).toBe('hamburg-fire-rescue-service');
    // Still held at the gate: nothing above waited for the analysis.
    expect(runner.finished).toBe(0);
    expect(networkAnalyticsFor(graph).wholeNetworkRuns).toBe(0);
  });

  it('answers the first whole-network request afterwards from the warm analysis', async () => {
    runner.release();
    await runner.firstFinished;
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-debug-stats': '1' },
      body: JSON.stringify({
        query: '{ networkAnalytics { current shape { organisations ties } } }',
      }),
    });
    const body = (await response.json()) as {
      data: {
        networkAnalytics: { current: boolean; shape: { organisations: number; ties: number } };
      };
      extensions: { stats: Stats };
    };
    expect(body.data.networkAnalytics.current).toBe(true);
    expect(body.data.networkAnalytics.shape.organisations).toBeGreaterThan(10);
    // One analysis in all (the warm one), and this request read only the write epoch.
    expect(runner.tasks).toHaveLength(1);
    expect(runner.finished).toBe(1);
    expect(networkAnalyticsFor(graph).wholeNetworkRuns).toBe(1);
    expect(body.extensions.stats.statements).toEqual(['analytics/write-epoch']);
  });
});
