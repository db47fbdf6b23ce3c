import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { withTransientRetry } from '../../src/graph/transient-retry.js';

const unavailable = () => new Neo4jError('The database is away', 'ServiceUnavailable', '', '');

/** An attempt that fails with each of `failures` in turn, then answers 42; it notes when each call began. */
function scripted(failures: Error[]) {
  const startedAt: number[] = [];
  const attempt = () => {
    startedAt.push(performance.now());
    const failure = failures[startedAt.length - 1];
    return failure ? Promise.reject(failure) : Promise.resolve(42);
  };
  return { attempt, startedAt };
}

describe('reads retried on transient failures', () => {
  it('answers from the first attempt when it succeeds', async () => {
    const { attempt, startedAt } = scripted([]);
    await expect(withTransientRetry(attempt, 30_000)).resolves.toBe(42);
    expect(startedAt).toHaveLength(1);
  });

  it('passes an error that is not retryable straight through, after one attempt', async () => {
    const syntax = new Neo4jError('Invalid input', 'Neo.ClientError.Statement.SyntaxError', '', '');
    const { attempt, startedAt } = scripted([syntax]);
    await expect(withTransientRetry(attempt, 30_000)).rejects.toBe(syntax);
    expect(startedAt).toHaveLength(1);
  });

  it('runs the attempt again after 100 ms, then after 200 ms, until it succeeds', async () => {
    const { attempt, startedAt } = scripted([unavailable(), unavailable()]);
    await expect(withTransientRetry(attempt, 30_000)).resolves.toBe(42);
    expect(startedAt).toHaveLength(3);
    // Lower bounds only: a timer never fires early (a millisecond of rounding aside).
    expect(startedAt[1]! - startedAt[0]!).toBeGreaterThanOrEqual(99);
    expect(startedAt[2]! - startedAt[1]!).toBeGreaterThanOrEqual(199);
  });

  it('gives up with the failure once the time allowed has passed', async () => {
    const failure = unavailable();
    const { attempt, startedAt } = scripted([failure, unavailable()]);
    await expect(withTransientRetry(attempt, 0)).rejects.toBe(failure);
    expect(startedAt).toHaveLength(1);
  });
});
