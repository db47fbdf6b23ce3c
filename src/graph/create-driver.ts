import neo4j, { type Driver } from 'neo4j-driver';

/** How long a transaction keeps retrying transient failures unless configured. */
export const DEFAULT_RETRY_MS = 2_000;

export interface DriverSettings {
  uri: string;
  user: string;
  password: string;
  /** How long a transaction keeps retrying transient failures (default 2 s). */
  retryMs?: number;
}

/**
 * A driver for bolt://, neo4j:// (routing: a cluster or Aura) and their +s
 * variants. Integers arrive as JS numbers: our counts and budgets fit.
 */
export function createDriver(settings: DriverSettings): Driver {
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    // Long enough to ride out a leader switch in a cluster, short enough that
    // requests fail fast (DATABASE_UNAVAILABLE) while the database is away.
    maxTransactionRetryTime: settings.retryMs ?? DEFAULT_RETRY_MS,
    logging: { level: 'error', logger: () => {} },
    // The server would otherwise send a warning with every result that reads a
    // property key no node has yet (optional fields on a young graph): several
    // KB of metadata per statement, decoded and thrown away. Nothing here
    // reads notifications.
    notificationFilter: { minimumSeverityLevel: 'OFF' },
  });
}
