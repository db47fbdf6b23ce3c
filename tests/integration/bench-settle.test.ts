import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntilDatabaseIdle } from '../../bench/harness/settle.js';
import type { GraphClient } from '../../src/graph/graph-client.js';
import { openTestGraph } from '../helpers/test-graph.js';

// The benchmark loads one system after another on one Neo4j. A load that
// ends leaves its requests' statements running in the database; the next
// load waits until they are done, so they are not counted against it.

/** A statement that keeps Neo4j busy for a few seconds, for as long as it runs. */
const SLOW_STATEMENT = 'UNWIND range(1, 60000000) AS x RETURN count(x) AS n';

let graph: GraphClient;

beforeAll(() => {
  graph = openTestGraph();
});

afterAll(async () => {
  await graph?.driver.close();
});

describe('waiting for the database to run out of work between loads', () => {
  it('is idle at once when nothing runs, not counting its own probe', async () => {
    expect(await waitUntilDatabaseIdle(graph)).toMatchObject({ idle: true });
  });

  it('returns only after a statement left running has finished', async () => {
    const session = graph.driver.session({ database: graph.database });
    let finished = false;
    const slow = session.run(SLOW_STATEMENT).then(() => {
      finished = true;
    });
    try {
      // Seen running first (a probe bounded to no wait says the database is
      // busy), so the wait below has something to wait for.
      let seen = false;
      while (!seen && !finished) seen = !(await waitUntilDatabaseIdle(graph, { maxMs: 0 })).idle;
      expect(seen, 'the slow statement ran long enough to be seen').toBe(true);

      const settled = await waitUntilDatabaseIdle(graph);
      expect(settled.idle).toBe(true);
      expect(finished).toBe(true);
    } finally {
      await slow;
      await session.close();
    }
  });
});
