import { badUserInput } from '../errors.js';

/**
 * The furthest a list can be paged: 1,000,000 items. Skipping further would
 * scan that many rows for one page, and offsets stay far inside the integers
 * JavaScript and Neo4j share.
 */
export const MAX_CURSOR_OFFSET = 1_000_000;

// Longer cursors are not decoded at all: they cannot be ours, and we echo at most this much.
const MAX_CURSOR_LENGTH = 2000;
const SHOWN_LENGTH = 40;
const OFFSET = /^offset:(\d+)$/;

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
  const shown = cursor.length > SHOWN_LENGTH ? `${cursor.slice(0, SHOWN_LENGTH)}…` : cursor;
  if (!match?.[1]) {
    throw badUserInput(`"after" must be a cursor returned by this API, but got: "${shown}"`, {
      argument: 'after',
    });
  }
  const offset = Number(match[1]);
  if (!(offset <= MAX_CURSOR_OFFSET)) {
    throw badUserInput(
      `"after" must be a cursor at an offset of at most ${MAX_CURSOR_OFFSET}, but got: "${shown}"`,
      { argument: 'after', maxOffset: MAX_CURSOR_OFFSET },
    );
  }
  return offset;
}
