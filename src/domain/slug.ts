/**
 * Stable ids are lower-case kebab-case slugs ("cbss-secretariat") of at most
 * 200 characters: ids are index keys, and Neo4j refuses keys over about 8 kB.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_ID_LENGTH = 200;

/** The rule as people read it, e.g. in error messages. */
export const SLUG_RULE = `must be a lower-case kebab-case slug like "cbss-secretariat" of at most ${MAX_ID_LENGTH} characters`;

/** True for a slug within the length bound. */
export function isSlug(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_ID_LENGTH && SLUG_PATTERN.test(value);
}
