import { matchAgainst } from '../../src/matching/find-matches.js';
import type { LabelledSet } from './labelled-set.js';

/** Counts of one evaluation, overall or for one kind of variant. */
export interface MatchQuality {
  variants: number;
  /** Variants that are truly one of the base records. */
  truePairs: number;
  autoLinks: number;
  correctAutoLinks: number;
  /** True pairs linked or queued with the right base. */
  foundPairs: number;
  /** Candidates filed in all (right or wrong). */
  candidates: number;
  /** Candidates naming the right base. */
  correctCandidates: number;
  autoLinkPrecision: number;
  autoLinkRecall: number;
  /** Recall of auto-link and queue together: the share of true pairs a person sees or need not see. */
  queueRecall: number;
  queuePrecision: number;
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

/**
 * Matches every variant against the base records and compares with the
 * ground truth. A homonym linked anywhere is a wrong auto-link; a variant
 * linked to another base than its own too.
 */
export function evaluateMatching(set: LabelledSet): Record<string, MatchQuality> {
  const decisions = matchAgainst(
    set.base,
    set.variants.map((variant) => variant.record),
  );
  const groups = new Map<string, MatchQuality>();
  const group = (name: string) => {
    let quality = groups.get(name);
    if (!quality) {
      quality = {
        variants: 0,
        truePairs: 0,
        autoLinks: 0,
        correctAutoLinks: 0,
        foundPairs: 0,
        candidates: 0,
        correctCandidates: 0,
        autoLinkPrecision: 0,
        autoLinkRecall: 0,
        queueRecall: 0,
        queuePrecision: 0,
      };
      groups.set(name, quality);
    }
    return quality;
  };
  set.variants.forEach((variant, index) => {
    const decision = decisions[index];
    if (!decision) return;
    for (const quality of [group('all'), group(variant.kind)]) {
      quality.variants += 1;
      if (variant.truth) quality.truePairs += 1;
      if (decision.link) {
        quality.autoLinks += 1;
        if (decision.link.b === variant.truth) quality.correctAutoLinks += 1;
      }
      quality.candidates += decision.candidates.length;
      const right = decision.candidates.filter((pair) => pair.b === variant.truth).length;
      quality.correctCandidates += right;
      if (variant.truth && (decision.link?.b === variant.truth || right > 0))
        quality.foundPairs += 1;
    }
  });
  for (const quality of groups.values()) {
    quality.autoLinkPrecision = ratio(quality.correctAutoLinks, quality.autoLinks);
    quality.autoLinkRecall = ratio(quality.correctAutoLinks, quality.truePairs);
    quality.queueRecall = ratio(quality.foundPairs, quality.truePairs);
    quality.queuePrecision = ratio(quality.correctCandidates, quality.candidates);
  }
  return Object.fromEntries(groups);
}
