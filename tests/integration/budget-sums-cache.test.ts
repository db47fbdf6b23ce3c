import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_EUR } from '../../src/domain/money.js';
import type { GraphClient } from '../../src/graph/graph-client.js';
import { openTestGraph, resetAndSeed } from '../helpers/test-graph.js';
import { startTestService, type TestService } from '../helpers/test-service.js';

interface Sums {
  totalBudgetEur: number;
  euContributionEur: number;
}

const TOTALS = '{ totals { totalBudgetEur euContributionEur projectCount } }';

async function totalsOf(service: TestService): Promise<Sums & { projectCount: number }> {
  const response = await fetch(`${service.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: TOTALS }),
  });
  const body = (await response.json()) as {
    data?: { totals: Sums & { projectCount: number } };
    errors?: unknown;
  };
  expect(body.errors).toBeUndefined();
  return body.data!.totals;
}

/** The sums as the database holds them now, computed by the statement itself. */
async function sumsNow(graph: GraphClient): Promise<Sums> {
  const [row] = await graph.read<Sums>('queries/graph-totals', {
    withSums: true,
    known: null,
    maxEur: MAX_EUR,
  });
  return { totalBudgetEur: row!.totalBudgetEur, euContributionEur: row!.euContributionEur };
}

/** A change written straight to Neo4j, outside the service's writes (so the write epoch stays). */
async function setBudgetBehindTheService(graph: GraphClient, id: string, amount: number) {
  const session = graph.driver.session({ database: graph.database });
  try {
    await session.run('MATCH (p:Project {id: $id}) SET p.totalBudgetEur = $amount', { id, amount });
  } finally {
    await session.close();
  }
}

// Two services on their own database connections stand for two service
// processes on one database: each keeps its own sums.
let graph: GraphClient;
let otherGraph: GraphClient;
let service: TestService;
let otherService: TestService;

beforeAll(async () => {
  graph = openTestGraph();
  otherGraph = openTestGraph();
  await resetAndSeed(graph);
  service = await startTestService(graph);
  otherService = await startTestService(otherGraph);
});

afterAll(async () => {
  await service?.stop();
  await otherService?.stop();
  await graph?.driver.close();
  await otherGraph?.driver.close();
});

describe('whole-graph budget sums', () => {
  it('are summed once per write epoch, and again after a write through another process', async () => {
    const first = await totalsOf(service);
    expect({
      totalBudgetEur: first.totalBudgetEur,
      euContributionEur: first.euContributionEur,
    }).toEqual(await sumsNow(graph));

    // Kept: a change that no service wrote (the epoch has not moved) is not
    // summed again. On a service that sums every time, this answer changes.
    await setBudgetBehindTheService(graph, 'resqu2', 123_456_789);
    const kept = await totalsOf(service);
    expect(kept.totalBudgetEur).toBe(first.totalBudgetEur);
    expect(await sumsNow(graph)).not.toEqual({
      totalBudgetEur: first.totalBudgetEur,
      euContributionEur: first.euContributionEur,
    });

    // A write through the other process's client moves the epoch: the next
    // answer of this one is summed again, and takes in both changes.
    await otherGraph.write('testing/set-project-amounts', {
      ids: ['from-gaps-to-caps'],
      amount: 7,
    });
    const after = await totalsOf(service);
    const now = await sumsNow(graph);
    expect({
      totalBudgetEur: after.totalBudgetEur,
      euContributionEur: after.euContributionEur,
    }).toEqual(now);
    expect(after.totalBudgetEur).not.toBe(first.totalBudgetEur);
  });

  it('counts are read every time, whatever the sums', async () => {
    const before = await totalsOf(service);
    await setBudgetBehindTheService(graph, 'resqu2', 1);
    const session = graph.driver.session({ database: graph.database });
    try {
      await session.run("CREATE (:Project {id: 'counted-behind-the-service', name: 'x'})");
    } finally {
      await session.close();
    }
    const after = await totalsOf(service);
    expect(after.projectCount).toBe(before.projectCount + 1);
    expect(after.totalBudgetEur).toBe(before.totalBudgetEur);
    // An empty write moves the epoch, so the next test starts from summed sums.
    await graph.write('testing/set-project-amounts', { ids: [], amount: 0 });
  });

  it('after many concurrent writes and reads on both processes, both answer the sums the database holds', async () => {
    const session = graph.driver.session({ database: graph.database });
    const ids = await session
      .run('MATCH (p:Project) RETURN p.id AS id ORDER BY id LIMIT 6')
      .then((result) => result.records.map((record) => record.get('id') as string))
      .finally(() => session.close());
    expect(ids.length).toBe(6);
    const writers = Array.from({ length: 12 }, (_, i) =>
      (i % 2 === 0 ? graph : otherGraph).write('testing/set-project-amounts', {
        ids: [ids[i % ids.length]!],
        amount: 1_000 * (i + 1),
      }),
    );
    const readers = Array.from({ length: 24 }, (_, i) =>
      totalsOf(i % 2 === 0 ? service : otherService),
    );
    await Promise.all([...writers, ...readers]);

    const now = await sumsNow(graph);
    for (const each of [service, otherService]) {
      const answer = await totalsOf(each);
      expect({
        totalBudgetEur: answer.totalBudgetEur,
        euContributionEur: answer.euContributionEur,
      }).toEqual(now);
    }
  });
});
