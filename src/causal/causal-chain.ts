import neo4j, { type BookmarkManager } from 'neo4j-driver';

/**
 * The causal chain of one request (or one import): the driver's bookmark
 * manager, started from the bookmarks the client sent, so that every
 * session of the request, reads and writes, begins at least at that state
 * and at the state of the request's own earlier writes; and the bookmarks of
 * the writes it committed, which the response hands back to the client.
 */
export class CausalChain {
  readonly manager: BookmarkManager;
  private committed: string[] = [];

  constructor(readonly sent: readonly string[] = []) {
    this.manager = neo4j.bookmarkManager({ initialBookmarks: sent });
  }

  /** Called after a write transaction commits, with its session's bookmarks. */
  recordCommit(bookmarks: string[]): void {
    this.committed = bookmarks;
  }

  /** The bookmarks of the last committed write, or undefined when the request wrote nothing. */
  get written(): string[] | undefined {
    return this.committed.length > 0 ? [...this.committed] : undefined;
  }
}
