import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { MatchRecord } from '../../src/matching/match-record.js';
import type { LabelledSet, LabelledVariant } from './labelled-set.js';

interface SeedOrganisation {
  id: string;
  name: string;
  acronym?: string;
  aliases?: string[];
  country?: string;
  city?: string;
}
interface SeedResolution {
  entity: string;
  decision: string;
  names?: string[];
  other?: string;
}

/**
 * The seed's real variant pairs: each organisation under its name alone is a
 * base record; each other spelling a curated merge lists is a variant that
 * must find it, and each organisation a curated decision kept apart from
 * another is a variant that must not be linked to it.
 */
export function seedPairs(seedDir: string): LabelledSet {
  const organisations: SeedOrganisation[] = [];
  const resolutions: SeedResolution[] = [];
  for (const file of readdirSync(seedDir).filter((name) => name.endsWith('.yaml'))) {
    const data = parse(readFileSync(path.join(seedDir, file), 'utf8')) as {
      organisations?: SeedOrganisation[];
      resolutions?: SeedResolution[];
    };
    organisations.push(...(data.organisations ?? []));
    resolutions.push(...(data.resolutions ?? []));
  }
  const byId = new Map(organisations.map((o) => [o.id, o]));
  const recordOf = (o: SeedOrganisation, id = o.id, name = o.name): MatchRecord => ({
    id,
    name,
    acronym: o.acronym ?? null,
    aliases: [],
    country: o.country ?? null,
    city: o.city ?? null,
    identifiers: [],
  });
  const base = organisations.map((o) => recordOf(o));
  const variants: LabelledVariant[] = [];
  for (const resolution of resolutions) {
    const entity = byId.get(resolution.entity);
    if (!entity) continue;
    if (resolution.decision === 'merged') {
      for (const [index, spelling] of (resolution.names ?? []).entries()) {
        if (spelling === entity.name) continue;
        variants.push({
          record: {
            ...recordOf(entity, `seed-variant-${entity.id}-${index}`, spelling),
            acronym: null,
          },
          kind: 'seed-spelling',
          truth: entity.id,
        });
      }
    } else if (resolution.other) {
      const other = byId.get(resolution.other);
      if (other) {
        variants.push({
          record: recordOf(other, `seed-apart-${other.id}`),
          kind: 'kept-apart',
          truth: other.id,
        });
      }
    }
  }
  return { base, variants };
}
