import { jaroWinkler } from '@skyra/jaro-winkler';
import { mayReachJaroWinkler } from './letter-mask.js';
import type { MatchName } from './match-name.js';
import type { PreparedRecord } from './match-record.js';

/** Why a pair scored as it did: the rules that fired, by name (docs/identity.md lists them). */
export type MatchRule =
  | 'same-identifier'
  | 'different-identifier'
  | 'same-normalised-name'
  | 'similar-name'
  | 'same-acronym'
  | 'acronym-is-initials'
  | 'same-city'
  | 'different-city'
  | 'country-unknown'
  | 'shared-partners';

export interface PairScore {
  /** 0–1: at or above AUTO_LINK_SCORE the two are linked, from CANDIDATE_SCORE they are queued. */
  score: number;
  /** Name similarity alone, 0–1. */
  nameScore: number;
  rules: MatchRule[];
  /** The two spellings that matched best (one of each record). */
  names: [string, string];
  /** Whether a rule forbids linking without a person (different identifiers, cities or unknown country). */
  blocksAutoLink: boolean;
}

/** Two words are one when equal, or (both at least 5 letters) Jaro-Winkler similar at least this much: a typo. */
const TYPO_SIMILARITY = 0.93;
const TYPO_MIN_LENGTH = 5;

/** Bonus per shared partner, and at most. */
const PARTNER_BONUS = 0.03;
const MAX_PARTNER_BONUS = 0.06;
const CITY_BONUS = 0.02;
const ACRONYM_BONUS = 0.04;
const DIFFERENT_CITY_PENALTY = 0.05;
/**
 * Two bodies with the same acronym, not known to be in different countries, are worth a
 * look whatever their names say (a national-language name and an English
 * one share no words): they go to the queue, never further on this alone.
 */
const SAME_ACRONYM_FLOOR = 0.82;

/**
 * Below this ratio of word lengths, Jaro-Winkler cannot reach
 * TYPO_SIMILARITY (Jaro is at most (2 + shorter/longer) / 3, and the prefix
 * bonus adds at most 0.4 of what is missing), so the pair is not computed.
 */
const MIN_LENGTH_RATIO = 0.65;

/**
 * Word pairs already compared in this process, since the same words meet
 * often: by one word, then the other (a word's hash is kept in the string
 * itself, so looking a pair up builds nothing). Bounded: emptied when full.
 */
const seen = new Map<string, Map<string, number>>();
let seenSize = 0;
const SEEN_LIMIT = 1_000_000;

/** Similarity of two words: 1 when equal, their Jaro-Winkler similarity when it is a likely typo, else 0. */
function wordSimilarity(a: string, maskA: number, b: string, maskB: number): number {
  if (a === b) return 1;
  if (a.length < TYPO_MIN_LENGTH || b.length < TYPO_MIN_LENGTH) return 0;
  const ratio = a.length < b.length ? a.length / b.length : b.length / a.length;
  if (ratio < MIN_LENGTH_RATIO) return 0;
  if (!mayReachJaroWinkler(a, maskA, b, maskB, TYPO_SIMILARITY)) return 0;
  const [first, second] = a < b ? [a, b] : [b, a];
  let known = seen.get(first);
  const similarity = known?.get(second);
  if (similarity !== undefined) return similarity;
  const jw = jaroWinkler(first, second);
  const result = jw >= TYPO_SIMILARITY ? jw : 0;
  if (seenSize >= SEEN_LIMIT) {
    seen.clear();
    seenSize = 0;
    known = undefined;
  }
  if (!known) {
    known = new Map();
    seen.set(first, known);
  }
  known.set(second, result);
  seenSize += 1;
  return result;
}

/**
 * Soft Dice similarity of two names' word sets: each word of the shorter is
 * paired with its most similar unpaired word of the other (equal, or a typo),
 * and the pairs' similarities count twice over the two word counts. Word
 * order does not matter; a missing or extra word does ("Tallinn University"
 * against "Tallinn University of Technology" is 0.8).
 */
export function nameSimilarity(a: MatchName, b: MatchName): number {
  if (a.key === b.key) return 1;
  const [short, long] = a.tokens.length <= b.tokens.length ? [a, b] : [b, a];
  // Which words of the longer name are paired already (names have a handful of words).
  const used = new Uint8Array(long.tokens.length);
  let total = 0;
  for (let at = 0; at < short.tokens.length; at += 1) {
    const word = short.tokens[at] as string;
    const mask = short.masks[at] as number;
    let best = 0;
    let bestIndex = -1;
    for (let index = 0; index < long.tokens.length; index += 1) {
      if (used[index] === 1) continue;
      const similarity = wordSimilarity(
        word,
        mask,
        long.tokens[index] as string,
        long.masks[index] as number,
      );
      if (similarity > best) {
        best = similarity;
        bestIndex = index;
      }
    }
    if (bestIndex >= 0) used[bestIndex] = 1;
    total += best;
  }
  return (2 * total) / (a.tokens.length + b.tokens.length);
}

/**
 * Scores a pair of organisations (already blocked: same country or one
 * unknown). The best pair of spellings gives the name score; identifiers,
 * acronyms, city and shared partners add or take away (docs/identity.md).
 */
export function scorePair(a: PreparedRecord, b: PreparedRecord, sharedPartners = 0): PairScore {
  const rules: MatchRule[] = [];
  let blocksAutoLink = false;

  let nameScore = 0;
  let names: [string, string] = [a.record.name, b.record.name];
  for (const x of a.names) {
    for (const y of b.names) {
      const similarity = nameSimilarity(x, y);
      if (similarity > nameScore) {
        nameScore = similarity;
        names = [x.spelling, y.spelling];
      }
    }
  }
  rules.push(nameScore === 1 ? 'same-normalised-name' : 'similar-name');
  let score = nameScore;

  for (const [scheme, key] of a.schemes) {
    const other = b.schemes.get(scheme);
    if (other === key) {
      return {
        score: 1,
        nameScore,
        rules: ['same-identifier', ...rules],
        names,
        blocksAutoLink: false,
      };
    }
    if (other !== undefined) {
      rules.push('different-identifier');
      blocksAutoLink = true;
    }
  }

  const sharedAcronym = [...a.acronyms].find((acronym) => b.acronyms.has(acronym));
  if (sharedAcronym !== undefined) {
    rules.push('same-acronym');
    score += ACRONYM_BONUS;
    const otherCountry =
      a.record.country && b.record.country && a.record.country !== b.record.country;
    if (!otherCountry && sharedAcronym.length >= 2 && score < SAME_ACRONYM_FLOOR) {
      score = SAME_ACRONYM_FLOOR;
      blocksAutoLink = true;
    }
  } else if (initialsMatch(a, b) || initialsMatch(b, a)) {
    rules.push('acronym-is-initials');
    score += ACRONYM_BONUS;
  }

  if (a.city && b.city) {
    if (a.city === b.city) {
      rules.push('same-city');
      score += CITY_BONUS;
    } else {
      rules.push('different-city');
      score -= DIFFERENT_CITY_PENALTY;
      blocksAutoLink = true;
    }
  }
  if (!a.record.country || !b.record.country) {
    rules.push('country-unknown');
    blocksAutoLink = true;
  }
  if (sharedPartners > 0) {
    rules.push('shared-partners');
    score += Math.min(MAX_PARTNER_BONUS, PARTNER_BONUS * sharedPartners);
  }
  return { score: Math.max(0, Math.min(1, score)), nameScore, rules, names, blocksAutoLink };
}

/** Whether an acronym of `a` spells the initials of one of `b`'s names (at least 3 letters). */
function initialsMatch(a: PreparedRecord, b: PreparedRecord): boolean {
  return b.names.some((name) => name.initials.length >= 3 && a.acronyms.has(name.initials));
}
