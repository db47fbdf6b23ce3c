import { setTimeout as pause } from 'node:timers/promises';
import type { GraphClient } from '../../src/graph/graph-client.js';
import { benchGraphClient } from '../bench-cypher.js';

/** How long the database took to run out of work, or that it did not within the bound. */
export interface Settled {
  idle: boolean;
  waitedMs: number;
}

/**
 * Waits until the database runs no transaction but the probe's own,
 * polling every `pollMs`, for at most `maxMs`. When a load ends, the
 * requests the system had in flight still run in Neo4j (a client that
 * hangs up does not cancel a statement): up to one per connection, seconds
 * each on the large shapes. Without this wait they ran during the next
 * system's load.
 */
export async function waitUntilDatabaseIdle(
  graph: GraphClient,
  { pollMs = 50, maxMs = 60_000 }: { pollMs?: number; maxMs?: number } = {},
): Promise<Settled> {
  const probe = benchGraphClient(graph);
  const started = performance.now();
  for (;;) {
    const [row] = await probe.read<{ running: number }>('harness/running-transactions');
    const waitedMs = Math.round(performance.now() - started);
    if ((row?.running ?? 0) === 0) return { idle: true, waitedMs };
    if (waitedMs >= maxMs) return { idle: false, waitedMs };
    await pause(pollMs);
  }
}
