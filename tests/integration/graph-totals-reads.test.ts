import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProfiledPlan } from 'neo4j-driver';
import { MAX_EUR } from '../../src/domain/money.js';
import type { GraphClient } from '../../src/graph/graph-client.js';
import { openTestGraph, resetAndSeed } from '../helpers/test-graph.js';

/** Every operator of a profiled plan, depth first. */
function operators(plan: ProfiledPlan): ProfiledPlan[] {
  return [plan, ...plan.children.flatMap(operators)];
}

// The whole-graph totals read every project for the budget sums; the store
// reads are what that costs. Counted by Neo4j's own profile (database hits),
// not timed.
describe('whole-graph totals', () => {
  let graph: GraphClient;

  beforeAll(async () => {
    graph = openTestGraph();
    await resetAndSeed(graph);
    // Every project with both amounts, so every branch of their bounds is taken.
    const session = graph.driver.session({ database: graph.database });
    try {
      await session.run(
        'MATCH (p:Project) SET p.totalBudgetEur = 1000000.0, p.euContributionEur = 400000.0',
      );
    } finally {
      await session.close();
    }
  });

  afterAll(async () => {
    await graph?.driver.close();
  });

  it('read each project and its two amounts once for the sums', async () => {
    const session = graph.driver.session({ database: graph.database, defaultAccessMode: 'READ' });
    try {
      const result = await session.run(`PROFILE ${graph.cypher.get('queries/graph-totals')}`, {
        withSums: true,
        known: null,
        maxEur: MAX_EUR,
      });
      const plan = operators(result.summary.profile as ProfiledPlan);
      const scan = plan.find((operator) => operator.operatorType.startsWith('NodeByLabelScan'));
      const projects = scan?.rows ?? 0;
      expect(projects).toBeGreaterThan(0);
      const hits = plan.reduce((sum, operator) => sum + operator.dbHits, 0);
      // One hit per project found by the label scan, one per amount read, and
      // one per count taken from the count store (a handful). Reading an
      // amount again for each branch of its bound would add two per project.
      expect(hits).toBeLessThanOrEqual(3 * projects + 20);
    } finally {
      await session.close();
    }
  });
});
