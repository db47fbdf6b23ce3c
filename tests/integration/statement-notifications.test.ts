import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GraphClient } from '../../src/graph/graph-client.js';
import { openTestGraph } from '../helpers/test-graph.js';

// The service's driver asks the server for no notifications: a statement
// reading a property key that no node has yet would otherwise carry a
// warning per key with every result (several KB of metadata decoded and
// thrown away on each request).

let graph: GraphClient;
let warningDriver: Driver;

beforeAll(async () => {
  graph = openTestGraph();
  const settings = inject('neo4j');
  warningDriver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    notificationFilter: { minimumSeverityLevel: 'WARNING' },
    logging: { level: 'error', logger: () => {} },
  });
});

afterAll(async () => {
  await warningDriver?.close();
  await graph?.driver.close();
});

describe("the service's results carry no notifications", () => {
  it('sends none for a statement reading property keys no node has', async () => {
    const session = graph.driver.session({ database: graph.database });
    try {
      const result = await session.run(
        'OPTIONAL MATCH (o:Organisation) RETURN o.noNodeHasThisKey AS a, o.norThisOne AS b LIMIT 1',
      );
      expect(result.records).toHaveLength(1);
      expect(result.summary.notifications).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('the server does warn about such keys when asked (so the test above can fail)', async () => {
    const session = warningDriver.session({ database: graph.database });
    try {
      const result = await session.run(
        'OPTIONAL MATCH (o:Organisation) RETURN o.noNodeHasThisKey AS a LIMIT 1',
      );
      expect(result.summary.notifications.map((n) => n.code)).toContain(
        'Neo.ClientNotification.Statement.UnknownPropertyKeyWarning',
      );
    } finally {
      await session.close();
    }
  });
});
