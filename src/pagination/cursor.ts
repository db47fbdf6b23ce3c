import { badUserInput } from '../errors.js';

/**
 * The furthest a list can be paged: 1,000,000 items. Skipping further would
 * scan that many rows for one page, and offsets stay far inside the integers
 * JavaScript and Neo4j share.
 */
export const MAX_CURSOR_OFFSET = 1_000_000;

// A cursor we issue is at most "offset:1000000" in base64url; anything longer is not ours.
const MAX_CURSOR_LENGTH = 32;
const OFFSET = /^offset:(0|[1-9]\d{0,6})$/;

/**
 * Cursors are opaque to clients: base64url of "offset:<n>". They point into
 * a list that is always sorted with the id as last tie-breaker, so pages
 * neither repeat nor skip rows while the data does not change.
 */
export function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}

/**
 * The offset a cursor stands for, an integer from 0 to MAX_CURSOR_OFFSET; a
 * cursor we did not issue, or one beyond the bound, is a BAD_USER_INPUT error.
 */
export function decodeCursor(cursor: string): number {
  const match =
    cursor.length <= MAX_CURSOR_LENGTH
      ? OFFSET.exec(Buffer.from(cursor, 'base64url').toString('utf8'))
      : null;
  const offset = match ? Number(match[1]) : Number.NaN;
  if (!(offset <= MAX_CURSOR_OFFSET)) {
    const shown =
      cursor.length > MAX_CURSOR_LENGTH ? `${cursor.slice(0, MAX_CURSOR_LENGTH)}…` : cursor;
    throw badUserInput(
      `"after" must be a cursor returned by this API, at an offset of at most ${MAX_CURSOR_OFFSET}, but got: "${shown}"`,
      { argument: 'after', maxOffset: MAX_CURSOR_OFFSET },
    );
  }
  return offset;
}
