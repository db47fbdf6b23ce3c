import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { CypherLibrary } from './cypher-library.js';
import type { QueryStats } from './query-stats.js';
import { toPlain } from './to-plain.js';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** A statement runner inside one managed transaction. */
export interface GraphTransaction {
  run<T = Row>(name: string, params?: Params): Promise<T[]>;
}

export interface GraphClientOptions {
  database: string;
  /** Server-side limit for every transaction; 0 means the server's default. */
  transactionTimeoutMs?: number;
}

/**
 * The one place that executes Cypher. Statements are named files from the
 * CypherLibrary; each call is one session and one managed transaction
 * (`executeRead` routes to readers in a cluster), closed in `finally`, with
 * the database always named. Results come back as plain rows.
 */
export class GraphClient {
  constructor(
    readonly driver: Driver,
    readonly cypher: CypherLibrary,
    private readonly options: GraphClientOptions,
    private readonly stats?: QueryStats,
  ) {}

  /** The same client, counting its round trips into `stats` (one per request). */
  withStats(stats: QueryStats): GraphClient {
    return new GraphClient(this.driver, this.cypher, this.options, stats);
  }

  get database(): string {
    return this.options.database;
  }

  async read<T = Row>(name: string, params: Params = {}): Promise<T[]> {
    return this.session('READ', (tx) => this.runIn<T>(tx, name, params));
  }

  async write<T = Row>(name: string, params: Params = {}): Promise<T[]> {
    return this.session('WRITE', (tx) => this.runIn<T>(tx, name, params));
  }

  /** Several statements in one write transaction: all of them commit, or none. */
  async writeTransaction<T>(work: (tx: GraphTransaction) => Promise<T>): Promise<T> {
    return this.session('WRITE', (tx) =>
      work({
        run: <R = Row>(name: string, params: Params = {}) => this.runIn<R>(tx, name, params),
      }),
    );
  }

  /** Runs a schema statement (constraint, index) in its own auto-commit transaction. */
  async runSchemaStatement(statement: string): Promise<void> {
    const session = this.driver.session({ database: this.options.database });
    try {
      await session.run(statement);
    } finally {
      await session.close();
    }
  }

  private async session<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: ManagedTransaction) => Promise<T>,
  ): Promise<T> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const config = this.options.transactionTimeoutMs
      ? { timeout: this.options.transactionTimeoutMs }
      : undefined;
    try {
      return mode === 'READ'
        ? await session.executeRead(work, config)
        : await session.executeWrite(work, config);
    } finally {
      await session.close();
    }
  }

  private async runIn<T>(tx: ManagedTransaction, name: string, params: Params): Promise<T[]> {
    const text = this.cypher.get(name);
    const started = performance.now();
    const result = await tx.run(text, params);
    this.stats?.record(name, performance.now() - started);
    return result.records.map((record) => toPlain(record.toObject()) as T);
  }
}
