import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GraphClient } from '../../src/graph/graph-client.js';
import { MAX_EUR } from '../../src/domain/money.js';
import { openGraph } from '../../src/graph/open-graph.js';
import { CuttingProxy } from '../helpers/cutting-proxy.js';
import { openTestGraph } from '../helpers/test-graph.js';

// Reads run in auto-commit transactions, which the driver does not retry; the
// client does, for the failures Neo4j calls retryable (a dead connection, a
// database away), and for no others.
describe('reads when the connection fails', () => {
  let proxy: CuttingProxy;
  let direct: GraphClient;
  const clients: GraphClient[] = [];
  const totals = [
    'queries/graph-totals',
    { withSums: false, known: null, maxEur: MAX_EUR },
  ] as const;

  /** A client whose connections all go through the proxy. */
  const relayedClient = () => {
    const client = openGraph({ ...inject('neo4j'), uri: proxy.uri, retryMs: 1_000 });
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    direct = openTestGraph();
    proxy = await CuttingProxy.start(inject('neo4j').uri);
  });

  afterAll(async () => {
    for (const client of clients) await client.driver.close();
    await direct?.driver.close();
    await proxy?.stop();
  });

  it('runs the read again on a new connection when its pooled connection is dead', async () => {
    const relayed = relayedClient();
    const expected = await direct.read(...totals);
    // The first read leaves its connection in the pool; the second is sent on it and cut.
    expect(await relayed.read(...totals)).toEqual(expected);
    proxy.cutOpenConnections();
    expect(await relayed.read(...totals)).toEqual(expected);
    expect(proxy.cut).toBe(1);
  });

  it('keeps trying while the database is unreachable, then fails with the connection error', async () => {
    const relayed = relayedClient();
    proxy.refuseConnections(true);
    try {
      await expect(relayed.read(...totals)).rejects.toMatchObject({ code: 'ServiceUnavailable' });
      expect(proxy.refused).toBeGreaterThan(1);
    } finally {
      proxy.refuseConnections(false);
    }
    // Once the database is reachable again the same client reads.
    expect(await relayed.read(...totals)).toEqual(await direct.read(...totals));
  });

  it('passes an error of the statement itself straight through', async () => {
    const relayed = relayedClient();
    const failing = relayed.read('queries/graph-totals', {});
    await expect(failing).rejects.toMatchObject({
      code: 'Neo.ClientError.Statement.ParameterMissing',
    });
    const error: unknown = await failing.catch((caught: unknown) => caught);
    expect(neo4j.isRetryableError(error as Error)).toBe(false);
    // The log of an internal error names the statement that failed.
    expect(error).toMatchObject({ statement: 'queries/graph-totals' });
    expect(await relayed.read(...totals)).toEqual(await direct.read(...totals));
  });
});
