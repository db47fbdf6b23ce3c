import { ErrorCode } from '../errors.js';
/** Neo4j's codes for a transaction that ran out of its memory allowance. */
const TRANSACTION_MEMORY_CODES: ReadonlySet<string> = new Set([
  // `db.memory.transaction.max`, the limit of one transaction.
  'Neo.TransientError.General.TransactionMemoryLimit',
  // `db.memory.transaction.total.max`, the pool all transactions share (70% of the heap by default).
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
]);

/** True for the database's refusal of a transaction that needs more memory than it may have. */
export function isTransactionMemoryError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && TRANSACTION_MEMORY_CODES.has(code);
}

/**
 * An import whose one transaction needs more memory than the database grants
 * a transaction. Nothing was written. The way out is more transaction memory
 * (for the local Neo4j, a larger NEO4J_LOCAL_HEAP) or smaller files.
 */
export class ImportTooLargeError extends Error {
  readonly code = ErrorCode.IMPORT_TOO_LARGE;

  constructor(
    readonly rows: number,
    cause: unknown,
  ) {
    super(
      `Import refused, nothing was written: its ${rows} rows need more memory than the database ` +
        'allows one transaction (imports are written in one transaction so that no reader ever sees ' +
        'half of one). Give the database more transaction memory (for the local Neo4j a larger ' +
        'NEO4J_LOCAL_HEAP; elsewhere db.memory.transaction.total.max and db.memory.transaction.max) ' +
        `or split the files. The database said: ${(cause as Error).message}`,
      { cause },
    );
    this.name = 'ImportTooLargeError';
  }
}
