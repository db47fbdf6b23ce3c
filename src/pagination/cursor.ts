import { badUserInput } from '../errors.js';

/**
 * Cursors are opaque to clients: base64url of "offset:<n>". They point into
 * a list that is always sorted with the id as last tie-breaker, so pages
 * neither repeat nor skip rows while the data does not change.
 */
export function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}

/** The offset a cursor stands for; a cursor we did not issue is a BAD_USER_INPUT error. */
export function decodeCursor(cursor: string): number {
  const match = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) {
    throw badUserInput(`"after" must be a cursor returned by this API, but got: "${cursor}"`);
  }
  return Number(match[1]);
}
