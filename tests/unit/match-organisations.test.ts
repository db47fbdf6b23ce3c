import { describe, expect, it } from 'vitest';
import { findDuplicates, matchAgainst } from '../../src/matching/find-matches.js';
import { matchName } from '../../src/matching/match-name.js';
import type { MatchRecord } from '../../src/matching/match-record.js';
import { scorePair } from '../../src/matching/score-pair.js';
import { prepareRecord } from '../../src/matching/match-record.js';

const org = (id: string, name: string, more: Partial<MatchRecord> = {}): MatchRecord => ({
  id,
  name,
  aliases: [],
  identifiers: [],
  country: 'DE',
  ...more,
});

const score = (a: MatchRecord, b: MatchRecord) => scorePair(prepareRecord(a), prepareRecord(b));

describe('matchName: what matching reads past', () => {
  it.each([
    ['The Main School for Fire Service in Warsaw (SGSP)', 'main school fire service warsaw'],
    ['Main School of Fire Service in Warsaw', 'main school fire service warsaw'],
    ['HAMBURG FIRE & RESCUE SERVICE', 'hamburg fire rescue service'],
    ['Acme Technologies S.A.', 'acme technologies'],
    ['Kaloven Sp. z o.o.', 'kaloven'],
    ['Kaloven GmbH', 'kaloven'],
    ['Universität Kaloven', 'university kaloven'],
    ['Uniwersytet Kaloven', 'university kaloven'],
    ['Säteilyturvakeskus', 'sateilyturvakeskus'],
  ])('%s -> %s', (spelling, key) => {
    expect(matchName(spelling).key).toBe(key);
  });

  it('takes a bracketed short form as an acronym, and initials as written', () => {
    const name = matchName('The Main School of Fire Service (SGSP)');
    expect(name.acronyms).toEqual(['sgsp']);
    expect(name.initials).toBe('msfs');
  });
});

describe('scorePair', () => {
  it('links spellings that differ in case, accents, legal form, order and language', () => {
    const base = org('a', 'Kaloven Fire and Rescue Service', { city: 'Kaloven' });
    for (const variant of [
      'KALOVEN FIRE AND RESCUE SERVICE',
      'Kalöven Fire & Rescue Service',
      'Kaloven Fire and Rescue Service GmbH',
      'Fire and Rescue Service Kaloven',
      'Kaloven Fire and Rescue Servcie',
    ]) {
      expect(score(base, org('b', variant)).score, variant).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('keeps a word more or less below the auto-link threshold', () => {
    const pair = score(
      org('a', 'Tallinn University'),
      org('b', 'Tallinn University of Technology'),
    );
    expect(pair.score).toBeLessThan(0.95);
    expect(pair.score).toBeGreaterThanOrEqual(0.8);
  });

  it('never auto-links two different identifiers of one scheme or two cities', () => {
    const pic = score(
      org('a', 'Kaloven Institute', { identifiers: ['PIC:999999999'] }),
      org('b', 'Kaloven Institute', { identifiers: ['PIC:999999998'] }),
    );
    expect(pic.rules).toContain('different-identifier');
    expect(pic.blocksAutoLink).toBe(true);
    const city = score(
      org('a', 'Red Cross Branch', { city: 'Kiel' }),
      org('b', 'Red Cross Branch', { city: 'Bonn' }),
    );
    expect(city.blocksAutoLink).toBe(true);
  });

  it('links on a shared identifier whatever the names', () => {
    const pair = score(
      org('a', 'Alpha', { identifiers: ['PIC:999999999'] }),
      org('b', 'Something else entirely', { identifiers: ['PIC:999999999'] }),
    );
    expect(pair).toMatchObject({ score: 1, rules: expect.arrayContaining(['same-identifier']) });
  });
});

describe('matchAgainst', () => {
  const existing = [
    org('hamburg-fire', 'Hamburg Fire and Rescue Service', { country: 'DE' }),
    org('bremen-fire', 'Bremen Fire and Rescue Service', { country: 'DE' }),
    org('kalo-uni', 'Kaloven University', { country: 'FR' }),
  ];

  it('links the same body, queues look-alikes, and leaves homonyms abroad alone', () => {
    const [linked, homonym, none] = matchAgainst(existing, [
      org('x', 'HAMBURG FIRE & RESCUE SERVICE', { country: 'DE' }),
      org('y', 'Kaloven University', { country: 'IT' }),
      org('z', 'Munich Technical University', { country: 'DE' }),
    ]);
    expect(linked?.link?.b).toBe('hamburg-fire');
    expect(homonym?.link).toBeNull();
    expect(homonym?.candidates).toEqual([]);
    expect(none?.link).toBeNull();
  });

  it('does not propose a pair kept apart', () => {
    const [decision] = matchAgainst(
      existing,
      [org('x', 'Hamburg Fire and Rescue Service', { country: 'DE' })],
      { keptApart: (a, b) => a === 'x' && b === 'hamburg-fire' },
    );
    expect(decision?.link).toBeNull();
    expect(decision?.candidates.map((pair) => pair.b)).not.toContain('hamburg-fire');
  });

  it('finds each duplicate pair of a graph once', () => {
    const pairs = findDuplicates([
      ...existing,
      org('hh', 'Hamburg Fire & Rescue Service', { country: 'DE' }),
    ]);
    expect(pairs.map((pair) => [pair.a, pair.b])).toContainEqual(['hamburg-fire', 'hh']);
    expect(new Set(pairs.map((pair) => `${pair.a}|${pair.b}`)).size).toBe(pairs.length);
  });
});
