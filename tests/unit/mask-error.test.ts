import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { maskError } from '../../src/http/mask-error.js';

const formatted = { message: 'raw', path: ['partnershipNetwork'] };

/** A driver error as a resolver throws it. */
function fromDatabase(code: string): Neo4jError {
  return new Neo4jError(
    'The allocation of an extra 36.1 MiB … threshold reached',
    code,
    '50N42',
    'error: general processing exception',
  );
}

describe('maskError', () => {
  it('names a query beyond the database memory limit without showing its text', () => {
    const masked = maskError(
      formatted,
      fromDatabase('Neo.TransientError.General.MemoryPoolOutOfMemoryError'),
    );
    expect(masked.extensions?.code).toBe('QUERY_TOO_LARGE');
    expect(masked.message).toMatch(/narrow it/);
    expect(masked.message).not.toMatch(/MiB|threshold/);
  });

  it('reports an unreachable database as unavailable', () => {
    expect(maskError(formatted, fromDatabase('ServiceUnavailable')).extensions?.code).toBe(
      'DATABASE_UNAVAILABLE',
    );
  });

  it('hides any other database error behind an internal error', () => {
    const masked = maskError(formatted, fromDatabase('Neo.ClientError.Statement.SyntaxError'));
    expect(masked.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(masked.message).not.toMatch(/allocation/);
  });
});
