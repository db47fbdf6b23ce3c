import { codedError, ErrorCode } from '../errors.js';
import { BOOKMARK_EXTENSION, BOOKMARK_HEADER, BOOKMARK_SEPARATOR } from './bookmark-transport.js';

/**
 * Bounds on bookmarks a client sends. A Neo4j 5 bookmark is a short
 * base64 token with a prefix ("FB:…"); one database answers with one, a
 * client that wrote on several replicas may hold a few.
 */
export const BOOKMARK_RULES = {
  /** Bookmarks in one request. */
  maxCount: 16,
  /** Characters of one bookmark. */
  maxLength: 256,
  /** Letters, digits and the base64 / prefix punctuation; nothing invisible, no spaces. */
  pattern: /^[A-Za-z0-9:+/=_-]+$/,
} as const;

/** Where the bookmarks of a request came from, for the error message. */
type BookmarkSource = 'header' | 'extension';

const sourceName = (source: BookmarkSource): string =>
  source === 'header' ? `the ${BOOKMARK_HEADER} header` : `extensions.${BOOKMARK_EXTENSION}`;

function refuse(source: BookmarkSource, rule: string): never {
  throw codedError(ErrorCode.BAD_USER_INPUT, `Bookmarks in ${sourceName(source)}: ${rule}`, {
    argument: source === 'header' ? BOOKMARK_HEADER : `extensions.${BOOKMARK_EXTENSION}`,
  });
}

function checked(values: string[], source: BookmarkSource): string[] {
  if (values.length > BOOKMARK_RULES.maxCount) {
    refuse(source, `at most ${BOOKMARK_RULES.maxCount} bookmarks, got ${values.length}.`);
  }
  values.forEach((value, index) => {
    if (value.length === 0) refuse(source, `bookmark ${index + 1} is empty.`);
    if (value.length > BOOKMARK_RULES.maxLength) {
      refuse(
        source,
        `bookmark ${index + 1} has ${value.length} characters, at most ${BOOKMARK_RULES.maxLength} are allowed.`,
      );
    }
    if (!BOOKMARK_RULES.pattern.test(value)) {
      refuse(
        source,
        `bookmark ${index + 1} may hold only letters, digits and ":+/=_-" (as the service issued it).`,
      );
    }
  });
  return values;
}

/** The bookmarks of a `X-Neo4j-Bookmark` header value (comma-separated); none when absent. */
export function bookmarksFromHeader(value: string | undefined): string[] {
  if (value === undefined) return [];
  // Cheap bound first: a header of kilobytes is refused before it is split.
  const longest = BOOKMARK_RULES.maxCount * (BOOKMARK_RULES.maxLength + 2);
  if (value.length > longest) {
    refuse('header', `at most ${longest} characters, got ${value.length}.`);
  }
  return checked(
    value.split(BOOKMARK_SEPARATOR).map((part) => part.trim()),
    'header',
  );
}

/** The bookmarks of `extensions.bookmarks` in a GraphQL request body: an array of strings. */
export function bookmarksFromExtension(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) refuse('extension', 'must be an array of strings.');
  if (value.length > BOOKMARK_RULES.maxCount) {
    refuse('extension', `at most ${BOOKMARK_RULES.maxCount} bookmarks, got ${value.length}.`);
  }
  if (!value.every((item): item is string => typeof item === 'string')) {
    refuse('extension', 'must be an array of strings.');
  }
  return checked(value, 'extension');
}

/** Both places together, each bookmark once. */
export function requestBookmarks(header: string | undefined, extension: unknown): string[] {
  const all = [...new Set([...bookmarksFromHeader(header), ...bookmarksFromExtension(extension)])];
  if (all.length > BOOKMARK_RULES.maxCount) {
    refuse(
      'header',
      `at most ${BOOKMARK_RULES.maxCount} bookmarks in header and extension together.`,
    );
  }
  return all;
}
