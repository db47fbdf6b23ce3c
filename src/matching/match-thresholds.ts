/**
 * The two thresholds of matching (docs/identity.md explains how they were
 * chosen on the labelled evaluation set, bench/identity/):
 * - at or above AUTO_LINK, an imported organisation is linked to the
 *   existing node (one node, the new spelling an alias, the decision recorded);
 * - from CANDIDATE up to AUTO_LINK, the pair goes to the review queue;
 * - below CANDIDATE, nothing is recorded.
 */
export const AUTO_LINK_SCORE = 0.95;
export const CANDIDATE_SCORE = 0.8;

/**
 * An auto-link also needs its best existing node to beat the second best by
 * this much: two near-equal matches are a question for a person.
 */
export const AUTO_LINK_MARGIN = 0.03;
