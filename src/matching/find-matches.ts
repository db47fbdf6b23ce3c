import { BlockingIndex } from './blocking-index.js';
import { prepareRecord, type MatchRecord, type PreparedRecord } from './match-record.js';
import { AUTO_LINK_MARGIN, AUTO_LINK_SCORE, CANDIDATE_SCORE } from './match-thresholds.js';
import { scorePair, type PairScore } from './score-pair.js';

/** A scored pair of organisations: `a` the incoming (or first) one, `b` the existing one. */
export interface ScoredPair extends PairScore {
  a: string;
  b: string;
}

/** What matching decided for one incoming organisation. */
export interface MatchDecision {
  incoming: string;
  /** The existing node it is the same body as, when the score allows linking without a person. */
  link: ScoredPair | null;
  /** Pairs for the review queue (best first, at most MAX_CANDIDATES). */
  candidates: ScoredPair[];
}

/** At most this many review candidates per organisation. */
export const MAX_CANDIDATES = 5;

/** Shared partners of two organisations, when the caller knows them (ids). */
export type SharedPartners = (a: string, b: string) => number;

/** Pairs kept apart on purpose (rejected candidates, kept-apart decisions): never proposed again. */
export type KeptApart = (a: string, b: string) => boolean;

/**
 * Matches incoming organisations against existing ones: an identifier they
 * share links them; otherwise blocked pairs are scored, and the best one at
 * or above AUTO_LINK_SCORE (with no rule against it, and ahead of the
 * runner-up by AUTO_LINK_MARGIN) is a link, and the others at or above
 * CANDIDATE_SCORE are candidates.
 */
export function matchAgainst(
  existing: readonly MatchRecord[],
  incoming: readonly MatchRecord[],
  options: { sharedPartners?: SharedPartners; keptApart?: KeptApart } = {},
): MatchDecision[] {
  const index = new BlockingIndex();
  const byIdentifier = new Map<string, PreparedRecord>();
  for (const record of existing) {
    const prepared = prepareRecord(record);
    index.add(prepared);
    for (const key of record.identifiers) byIdentifier.set(key, prepared);
  }
  return incoming.map((record) => {
    const prepared = prepareRecord(record);
    const candidates = index.candidatesFor(prepared);
    for (const key of record.identifiers) {
      const owner = byIdentifier.get(key);
      if (owner) candidates.add(owner);
    }
    return decide(prepared, candidates, options);
  });
}

/** Scores one record against its blocked candidates and decides. */
function decide(
  prepared: PreparedRecord,
  candidates: ReadonlySet<PreparedRecord>,
  options: { sharedPartners?: SharedPartners; keptApart?: KeptApart },
): MatchDecision {
  const id = prepared.record.id;
  const scored: ScoredPair[] = [];
  for (const other of candidates) {
    const otherId = other.record.id;
    if (otherId === id || options.keptApart?.(id, otherId)) continue;
    const pair = scorePair(prepared, other, options.sharedPartners?.(id, otherId) ?? 0);
    if (pair.score >= CANDIDATE_SCORE) scored.push({ ...pair, a: id, b: otherId });
  }
  scored.sort((x, y) => y.score - x.score || (x.b < y.b ? -1 : 1));
  const [best, second] = scored;
  const linkable =
    best !== undefined &&
    (best.rules.includes('same-identifier') ||
      (best.score >= AUTO_LINK_SCORE &&
        !best.blocksAutoLink &&
        (second === undefined || best.score - second.score >= AUTO_LINK_MARGIN)));
  const link = linkable ? best : null;
  return {
    incoming: id,
    link,
    candidates: scored.filter((pair) => pair !== link).slice(0, MAX_CANDIDATES),
  };
}

/**
 * Finds likely duplicates among the organisations of one graph (`npm run
 * match`): every blocked pair once, those at or above CANDIDATE_SCORE, best
 * first. Nothing is linked automatically here: existing nodes are merged by
 * an editor (mergeOrganisations).
 */
export function findDuplicates(
  records: readonly MatchRecord[],
  options: { sharedPartners?: SharedPartners; keptApart?: KeptApart } = {},
): ScoredPair[] {
  const index = new BlockingIndex();
  const prepared = records.map(prepareRecord);
  for (const record of prepared) index.add(record);
  const byIdentifier = new Map<string, PreparedRecord[]>();
  for (const record of prepared) {
    for (const key of record.record.identifiers) {
      byIdentifier.set(key, [...(byIdentifier.get(key) ?? []), record]);
    }
  }
  const pairs: ScoredPair[] = [];
  for (const record of prepared) {
    const id = record.record.id;
    const others = index.candidatesFor(record);
    for (const key of record.record.identifiers) {
      for (const owner of byIdentifier.get(key) ?? []) others.add(owner);
    }
    for (const other of others) {
      const otherId = other.record.id;
      // Each unordered pair once: from its smaller id.
      if (otherId <= id || options.keptApart?.(id, otherId)) continue;
      const pair = scorePair(record, other, options.sharedPartners?.(id, otherId) ?? 0);
      if (pair.score >= CANDIDATE_SCORE) pairs.push({ ...pair, a: id, b: otherId });
    }
  }
  return pairs.sort((x, y) => y.score - x.score || (x.a < y.a ? -1 : 1));
}
