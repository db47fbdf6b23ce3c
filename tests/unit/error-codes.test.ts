import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CLIENT_ERROR_CODES,
  ErrorCode,
  httpStatusOf,
  QUERY_LIMIT_CODES,
} from '../../src/errors.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('error codes', () => {
  it('are written as string literals nowhere but the one table', () => {
    const offenders = sourceFiles('src')
      .filter((file) => !file.endsWith('errors.ts'))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .map((line, index) => ({ file, line: index + 1, text: line }))
          .filter(({ text }) => /\bcode: '[A-Z][A-Z_]+'/.test(text)),
      );
    expect(offenders).toEqual([]);
  });

  it('derive the client-visible set and the query-limit set from the table', () => {
    expect(CLIENT_ERROR_CODES.has(ErrorCode.BAD_USER_INPUT)).toBe(true);
    expect(CLIENT_ERROR_CODES.has(ErrorCode.INTERNAL_SERVER_ERROR)).toBe(false);
    expect(CLIENT_ERROR_CODES.has(ErrorCode.DATABASE_UNAVAILABLE)).toBe(false);
    expect([...QUERY_LIMIT_CODES].sort()).toEqual([
      'QUERY_ANALYSIS_FAILED',
      'QUERY_TOO_COSTLY',
      'QUERY_TOO_DEEP',
      'TOO_MANY_ALIASES',
      'TOO_MANY_FIELDS',
    ]);
  });

  it('give each code its HTTP status, and an unknown code 500', () => {
    expect(httpStatusOf(ErrorCode.UNAUTHENTICATED)).toBe(401);
    expect(httpStatusOf(ErrorCode.FORBIDDEN)).toBe(403);
    expect(httpStatusOf(ErrorCode.SERVICE_BUSY)).toBe(503);
    expect(httpStatusOf('SOMETHING_ELSE')).toBe(500);
  });
});
