import neo4j, { type Driver, type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import { announceWrite } from '../analytics/write-epoch.js';
import type { CausalChain } from '../causal/causal-chain.js';
import { DEFAULT_RETRY_MS } from './create-driver.js';
import type { CypherLibrary } from './cypher-library.js';
import type { GraphObserver } from './graph-observer.js';
import type { QueryStats } from './query-stats.js';
import { withTransientRetry } from './transient-retry.js';
import { withoutCallerStack } from './without-caller-stack.js';
import type { StatementName } from './statement-names.js';
import { toPlain } from './to-plain.js';

export type Params = Record<string, unknown>;

/** Run inside every write transaction (see src/analytics/write-epoch.ts). */
const ADVANCE_WRITE_EPOCH: StatementName = 'analytics/advance-write-epoch';
export type Row = Record<string, unknown>;

/** A statement runner inside one managed transaction. */
export interface GraphTransaction<Name extends string = StatementName> {
  run<T = Row>(name: Name, params?: Params): Promise<T[]>;
}

/** Settings of one write transaction. */
export interface WriteTransactionOptions {
  /** Shown by `SHOW TRANSACTIONS` and in the query log, e.g. which import this is. */
  metadata?: Record<string, string | number>;
  /** This transaction's server-side limit instead of the client's (0: the server's default). */
  timeoutMs?: number;
  /**
   * The service's own records (an upload's job), not facts: the write epoch
   * stays where it is, so derived results (analytics) are not made stale.
   */
  bookkeeping?: boolean;
}

export interface GraphClientOptions {
  database: string;
  /** Server-side limit for every transaction; 0 means the server's default. */
  transactionTimeoutMs?: number;
  /** How long a read keeps retrying transient failures, as the driver does for writes (default 2 s). */
  retryMs?: number;
  /** Sees every statement and loader batch (traces, metrics); absent, nothing is observed. */
  observer?: GraphObserver;
}

/**
 * The one place that executes Cypher. Statements are named files from the
 * CypherLibrary; each call is one session, closed in `finally`, with the
 * database always named. Writes run in managed transactions; a read runs in
 * an auto-commit transaction on a read session (routed to readers in a
 * cluster). Results come back as plain rows. With a causal chain (one per
 * request), every session starts at least at the chain's bookmarks and every
 * commit adds its own, so a read on any replica sees the writes before it.
 */
export class GraphClient<Name extends string = StatementName> {
  constructor(
    readonly driver: Driver,
    readonly cypher: CypherLibrary<Name>,
    private readonly options: GraphClientOptions,
    private readonly stats?: QueryStats,
    private readonly chain?: CausalChain,
  ) {}

  /** The same client, counting its round trips into `stats` (one per request). */
  withStats(stats: QueryStats): GraphClient<Name> {
    return new GraphClient<Name>(this.driver, this.cypher, this.options, stats, this.chain);
  }

  /** The same client, its sessions following `chain` (one per request or import). */
  withCausalChain(chain: CausalChain): GraphClient<Name> {
    return new GraphClient<Name>(this.driver, this.cypher, this.options, this.stats, chain);
  }

  /** The same client, reporting its statements and batches to `observer`. */
  withObserver(observer: GraphObserver | undefined): GraphClient<Name> {
    return new GraphClient<Name>(
      this.driver,
      this.cypher,
      { ...this.options, observer },
      this.stats,
      this.chain,
    );
  }

  /** Runs one loader batch of `size` keys (its statements are the batch's children in a trace). */
  batch<T>(loader: string, size: number, work: () => Promise<T>): Promise<T> {
    const observer = this.options.observer;
    return observer ? observer.batch(loader, size, work) : work();
  }

  get database(): string {
    return this.options.database;
  }

  /**
   * One read statement in an auto-commit transaction: one Bolt message out
   * instead of three (BEGIN, RUN, COMMIT), which for a cheap statement halves
   * the work of the server and of the driver. A read changes nothing, so a
   * transient failure (a dropped connection, a cluster leader switch) is
   * simply run again, with backoff, for up to `retryMs`.
   */
  async read<T = Row>(name: Name, params: Params = {}): Promise<T[]> {
    const text = this.cypher.get(name);
    return withTransientRetry(() => this.autoCommitRead<T>(name, text, params), this.retryMs);
  }

  /**
   * One read statement whose rows are handed to `onRow` as they arrive, none
   * kept here: for results too large to hold as one array of rows (an
   * analytics slice), whose conversion in one go stalled the event loop for
   * seconds. Each attempt (transient failures are retried as in `read`)
   * first calls `begin`, which returns the attempt's row handler, so a retry
   * starts from nothing.
   */
  async readEach<T = Row>(
    name: Name,
    params: Params,
    begin: () => (row: T) => void,
  ): Promise<void> {
    const text = this.cypher.get(name);
    return withTransientRetry(async () => {
      const onRow = begin();
      const session = this.driver.session({
        database: this.options.database,
        defaultAccessMode: neo4j.session.READ,
        bookmarkManager: this.chain?.manager,
      });
      try {
        await this.recordedRun(name, async () => {
          const result = withoutCallerStack(() =>
            session.run(text, params, this.transactionConfig()),
          );
          await new Promise<void>((resolve, reject) => {
            result.subscribe({
              onNext: (record) => onRow(toPlain(record.toObject()) as T),
              onCompleted: () => resolve(),
              onError: reject,
            });
          });
        });
      } finally {
        await session.close();
      }
    }, this.retryMs);
  }

  async write<T = Row>(
    name: Name,
    params: Params = {},
    options: WriteTransactionOptions = {},
  ): Promise<T[]> {
    return this.writeSession((tx) => this.runIn<T>(tx, name, params), options);
  }

  /** Several statements in one write transaction: all of them commit, or none. */
  async writeTransaction<T>(
    work: (tx: GraphTransaction<Name>) => Promise<T>,
    options: WriteTransactionOptions = {},
  ): Promise<T> {
    return this.writeSession(
      (tx) =>
        work({
          run: <R = Row>(name: Name, params: Params = {}) => this.runIn<R>(tx, name, params),
        }),
      options,
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

  /** One managed write transaction, retried by the driver on transient failures. */
  private async writeSession<T>(
    work: (tx: ManagedTransaction) => Promise<T>,
    options: WriteTransactionOptions = {},
  ): Promise<T> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: neo4j.session.WRITE,
      bookmarkManager: this.chain?.manager,
    });
    const timeout =
      options.timeoutMs !== undefined ? { timeout: options.timeoutMs } : this.transactionConfig();
    try {
      const result = await session.executeWrite(
        async (tx) => {
          const value = await work(tx);
          // In the same transaction: the write and its epoch commit together,
          // so every process on the database sees derived results go stale.
          if (!options.bookkeeping) await this.runIn(tx, ADVANCE_WRITE_EPOCH as Name, {});
          return value;
        },
        { ...timeout, metadata: options.metadata },
      );
      // Committed: this process's background analytics refresh soon.
      if (!options.bookkeeping) announceWrite(this.driver);
      this.chain?.recordCommit(session.lastBookmarks());
      return result;
    } finally {
      await session.close();
    }
  }

  private async autoCommitRead<T>(name: Name, text: string, params: Params): Promise<T[]> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: neo4j.session.READ,
      bookmarkManager: this.chain?.manager,
    });
    try {
      return await this.recorded<T>(name, () =>
        withoutCallerStack(() => session.run(text, params, this.transactionConfig())),
      );
    } finally {
      await session.close();
    }
  }

  /** How long a read is tried again after transient failures. */
  private get retryMs(): number {
    return this.options.retryMs ?? DEFAULT_RETRY_MS;
  }

  private transactionConfig(): { timeout: number } | undefined {
    return this.options.transactionTimeoutMs
      ? { timeout: this.options.transactionTimeoutMs }
      : undefined;
  }

  private async runIn<T>(tx: ManagedTransaction, name: Name, params: Params): Promise<T[]> {
    return this.recorded<T>(name, () => tx.run(this.cypher.get(name), params));
  }

  /** Runs one statement, counts it as a round trip, and returns its rows as plain objects. */
  private async recorded<T>(name: string, run: () => Promise<QueryResult>): Promise<T[]> {
    const result = await this.recordedRun(name, run);
    return result.records.map((record) => toPlain(record.toObject()) as T);
  }

  /**
   * Runs one statement under the observer and counts it as a round trip. A
   * failure carries the statement's name (`statement`), which the log of an
   * internal error then shows.
   */
  private async recordedRun<R>(name: string, run: () => Promise<R>): Promise<R> {
    const started = performance.now();
    const observer = this.options.observer;
    let result: R;
    try {
      result = await (observer ? observer.statement(name, run) : run());
    } catch (error) {
      if (error instanceof Error && !('statement' in error)) {
        Object.assign(error, { statement: name });
      }
      throw error;
    }
    this.stats?.record(name, performance.now() - started);
    return result;
  }
}
