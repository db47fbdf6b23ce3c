import {
  COUNTRY_WEIGHTS,
  COMPANY_WORDS,
  FIELDS,
  INSTITUTE_WORDS,
  LOCAL_WORDS,
  PUBLIC_WORDS,
  SYLLABLES,
  UNIVERSITY_WORDS,
} from '../dataset/vocabulary.js';
import { Prng } from '../dataset/prng.js';
import type { MatchRecord } from '../../src/matching/match-record.js';
import type { VariantKind } from './variant-kind.js';

/** A generated organisation spelt another way, and which base it truly is (null: none). */
export interface LabelledVariant {
  record: MatchRecord;
  kind: VariantKind;
  /** The base organisation it is the same body as, or null for a homonym abroad. */
  truth: string | null;
}

export interface LabelledSet {
  base: MatchRecord[];
  variants: LabelledVariant[];
}

const KINDS: readonly VariantKind[] = [
  'capitals',
  'stripped-accents',
  'translated',
  'reordered',
  'legal-suffix',
  'acronym',
  'typo',
  'homonym-abroad',
];
const LEGAL_SUFFIXES = [
  'GmbH',
  'S.A.',
  'Ltd',
  'B.V.',
  'AB',
  'Oy',
  'S.r.l.',
  'e.V.',
  'Sp. z o.o.',
  'A/S',
];
const ACCENTED: Record<string, string> = { a: 'á', e: 'é', o: 'ö', u: 'ü', i: 'í' };
const COUNTRIES = COUNTRY_WEIGHTS.map(([code]) => code);

/**
 * A labelled evaluation set: `size` base organisations named like the
 * benchmark generator's (made-up places, fields and institutional words,
 * some with accents and acronyms, a city each), and one variant of each, of
 * a kind drawn in turn: capitals, stripped accents, translated words
 * (national-language institutional words from the benchmark vocabulary),
 * reordered words, an added legal suffix, the acronym added in brackets, one
 * typo, or a true homonym: the same name in another country.
 */
export function labelledSet(size: number, seed: number): LabelledSet {
  const prng = new Prng(seed);
  const taken = new Set<string>();
  const word = (min: number, max: number) => {
    let text = '';
    for (let i = prng.int(min, max); i > 0; i -= 1) text += prng.pick(SYLLABLES);
    return text.charAt(0).toUpperCase() + text.slice(1);
  };
  const base: MatchRecord[] = [];
  const variants: LabelledVariant[] = [];
  for (let index = 0; base.length < size; index += 1) {
    const place = word(2, 3);
    const style = prng.int(0, 3);
    const name =
      style === 0
        ? `${place} ${prng.pick(UNIVERSITY_WORDS)}`
        : style === 1
          ? `${place} ${prng.pick(PUBLIC_WORDS)}`
          : style === 2
            ? `${place} ${prng.pick(FIELDS)} ${prng.pick(INSTITUTE_WORDS)}`
            : `${word(2, 3)} ${prng.pick(COMPANY_WORDS)}`;
    const accented = prng.chance(0.3)
      ? name.replace(/[aeiou]/, (vowel) => ACCENTED[vowel] ?? vowel)
      : name;
    const country = prng.pick(COUNTRIES);
    const key = `${country}|${accented.toLowerCase()}`;
    if (taken.has(key)) continue;
    taken.add(key);
    const acronym = accented
      .split(/\s+/)
      .map((w) => w[0])
      .join('')
      .toUpperCase();
    const record: MatchRecord = {
      id: `org-${index}`,
      name: accented,
      acronym: acronym.length >= 3 && prng.chance(0.5) ? acronym : null,
      aliases: [],
      country,
      city: prng.chance(0.6) ? place : null,
      identifiers: [],
    };
    base.push(record);
    const kind = KINDS[base.length % KINDS.length] as VariantKind;
    variants.push(variantOf(record, kind, prng, style));
  }
  return { base, variants };
}

function variantOf(
  base: MatchRecord,
  kind: VariantKind,
  prng: Prng,
  style: number,
): LabelledVariant {
  const id = `variant-${base.id}`;
  const same = (name: string, more: Partial<MatchRecord> = {}): LabelledVariant => ({
    record: { ...base, id, name, acronym: null, identifiers: [], ...more },
    kind,
    truth: base.id,
  });
  const words = base.name.split(' ');
  switch (kind) {
    case 'capitals':
      return same(base.name.toUpperCase());
    case 'stripped-accents':
      return same(base.name.normalize('NFKD').replace(/\p{M}/gu, ''), { city: null });
    case 'translated': {
      const local = LOCAL_WORDS[base.country ?? ''] ?? LOCAL_WORDS.DE;
      const place = words[0] as string;
      if (style === 0 && local) return same(`${local.university} ${place}`);
      if (style === 1 && local && base.name.includes('Fire Rescue Service')) {
        return same(`${local.rescue} ${place}`);
      }
      return same(base.name.replace('Institute', 'Institut').replace('University', 'Universität'));
    }
    case 'reordered':
      return same([...words.slice(1), words[0]].join(' '));
    case 'legal-suffix':
      return same(`${base.name} ${prng.pick(LEGAL_SUFFIXES)}`);
    case 'acronym': {
      const acronym = words
        .map((w) => w[0])
        .join('')
        .toUpperCase();
      return same(`${base.name} (${acronym})`);
    }
    case 'typo': {
      const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
      const at = prng.int(1, longest.length - 2);
      const typo =
        longest.slice(0, at) + (longest[at + 1] ?? '') + longest[at] + longest.slice(at + 2);
      return same(base.name.replace(longest, typo));
    }
    case 'homonym-abroad': {
      const country = COUNTRIES.find((code) => code !== base.country && prng.chance(0.2)) ?? 'IS';
      return {
        record: {
          ...base,
          id,
          country: country === base.country ? 'MT' : country,
          identifiers: [],
        },
        kind,
        truth: null,
      };
    }
    default:
      throw new Error(`the generator does not make "${kind}" variants`);
  }
}
