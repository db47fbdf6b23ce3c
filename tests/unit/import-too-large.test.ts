import { describe, expect, it } from 'vitest';
import {
  ImportTooLargeError,
  isTransactionMemoryError,
} from '../../src/import/import-too-large.js';

describe('an import that does not fit in transaction memory', () => {
  it("is recognised by Neo4j's codes for both transaction memory limits, and nothing else", () => {
    expect(
      isTransactionMemoryError({ code: 'Neo.TransientError.General.TransactionMemoryLimit' }),
    ).toBe(true);
    expect(
      isTransactionMemoryError({ code: 'Neo.TransientError.General.MemoryPoolOutOfMemoryError' }),
    ).toBe(true);
    expect(
      isTransactionMemoryError({ code: 'Neo.TransientError.Transaction.DeadlockDetected' }),
    ).toBe(false);
    expect(isTransactionMemoryError(new Error('no code'))).toBe(false);
    expect(isTransactionMemoryError(null)).toBe(false);
  });

  it('says nothing was written, how many rows, and what to change', () => {
    const error = new ImportTooLargeError(
      470_000,
      new Error('The allocation of 2 MiB would exceed the limit'),
    );
    expect(error.code).toBe('IMPORT_TOO_LARGE');
    expect(error.message).toMatch(
      /^Import refused, nothing was written: its 470000 rows need more memory/,
    );
    expect(error.message).toContain('NEO4J_LOCAL_HEAP');
    expect(error.message).toContain(
      'The database said: The allocation of 2 MiB would exceed the limit',
    );
  });
});
