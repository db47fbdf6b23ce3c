import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';
import { CYPHER_FRAGMENTS } from '../projection/cypher-fragments.js';
import { createDriver, type DriverSettings } from './create-driver.js';
import { CypherLibrary } from './cypher-library.js';
import { GraphClient } from './graph-client.js';
import type { StatementName } from './statement-names.js';

export const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');

/** A GraphClient on a new driver, with every `.cypher` file loaded. Close `graph.driver` when done. */
export function openGraph(
  settings: DriverSettings & { database: string; transactionTimeoutMs?: number },
): GraphClient {
  return new GraphClient(
    createDriver(settings),
    CypherLibrary.load<StatementName>(CYPHER_DIR, CYPHER_FRAGMENTS),
    {
      database: settings.database,
      transactionTimeoutMs: settings.transactionTimeoutMs,
      retryMs: settings.retryMs,
    },
  );
}
