import { ArgsType, Field, Int } from 'type-graphql';
import { badUserInput } from '../errors.js';
import { decodeCursor } from './cursor.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `How many items (0–${MAX_PAGE_SIZE}).`,
  })
  first?: number;

  @Field(() => String, {
    nullable: true,
    description: 'Start after this cursor (from pageInfo.endCursor or an edge).',
  })
  after?: string | null;
}

/**
 * Where a page starts and how long it is, checked: 0 ≤ first ≤ 100, after a
 * valid cursor (offset at most MAX_CURSOR_OFFSET, see cursor.ts).
 */
export interface PageWindow {
  offset: number;
  first: number;
}

export function pageWindow(args: PageArgs): PageWindow {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`"first" must be between 0 and ${MAX_PAGE_SIZE}, but got: ${first}`, {
      argument: 'first',
      max: MAX_PAGE_SIZE,
    });
  }
  const offset = args.after ? decodeCursor(args.after) + 1 : 0;
  return { offset, first };
}
