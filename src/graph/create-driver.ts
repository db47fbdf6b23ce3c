import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverSettings {
  uri: string;
  user: string;
  password: string;
  /** How long a managed transaction keeps retrying transient failures (default 2 s). */
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
    maxTransactionRetryTime: settings.retryMs ?? 2_000,
    logging: { level: 'error', logger: () => {} },
  });
}
