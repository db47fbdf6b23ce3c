import countries from 'i18n-iso-countries';
import { normaliseName } from '../../src/domain/normalise-name.js';
import { Prng, WeightedSampler, zipfWeights } from './prng.js';
import type { Scale } from './scales.js';
import {
  CALL_AREAS,
  COMPANY_WORDS,
  COUNTRY_WEIGHTS,
  FIELDS,
  INSTITUTE_WORDS,
  LOCAL_WORDS,
  OTHER_WORDS,
  PROJECT_ADJECTIVES,
  PROJECT_OUTCOMES,
  PUBLIC_WORDS,
  SYLLABLES,
  UNIVERSITY_WORDS,
} from './vocabulary.js';

/** One generated file: its name and its content in the import format. */
export interface GeneratedFile {
  name: string;
  content: Record<string, unknown>;
}

/** Counts of what a generated dataset holds. */
export interface DatasetSummary {
  countries: number;
  organisations: number;
  fundingSources: number;
  projects: number;
  participations: number;
  funding: number;
  resolutions: number;
  aliases: number;
  maxProjectsPerOrganisation: number;
  coPartnerPairs: number;
}

/** A framework programme: the years it started projects in, and its funding-source record. */
interface Framework {
  code: string;
  id: string;
  name: string;
  acronym: string;
  firstYear: number;
  lastYear: number;
}

const FRAMEWORKS: readonly Framework[] = [
  {
    code: 'fp6',
    id: 'cordis-fp-fp6',
    name: 'Sixth Framework Programme',
    acronym: 'FP6',
    firstYear: 2004,
    lastYear: 2006,
  },
  {
    code: 'fp7',
    id: 'cordis-fp-fp7',
    name: 'Seventh Framework Programme',
    acronym: 'FP7',
    firstYear: 2007,
    lastYear: 2013,
  },
  {
    code: 'h2020',
    id: 'horizon-2020',
    name: 'Horizon 2020',
    acronym: 'H2020',
    firstYear: 2014,
    lastYear: 2020,
  },
  {
    code: 'horizon',
    id: 'horizon-europe',
    name: 'Horizon Europe',
    acronym: 'HE',
    firstYear: 2021,
    lastYear: 2024,
  },
];

/** Projects finished before this day are finalised; a fixed day keeps the output stable. */
const REFERENCE_DAY = '2025-01-01';
const MIN_PARTNERS = 2;
const MAX_PARTNERS = 40;

type OrganisationKindName =
  'company' | 'research institute' | 'public body' | 'university' | 'other';

const KIND_SHARES: ReadonlyArray<readonly [OrganisationKindName, number]> = [
  ['company', 0.45],
  ['research institute', 0.15],
  ['public body', 0.15],
  ['university', 0.12],
  ['other', 0.13],
];

/**
 * Builds a synthetic CORDIS-like partnership graph in the import format,
 * deterministically from `seed`: one file for the organisation registry
 * (countries, organisations, their other spellings and the decisions that
 * merged them) and one per framework programme (its funding instruments,
 * projects, participations and funding). Shapes follow the real exports:
 * heavy-tailed projects per organisation, 2–40 partners per project with
 * exactly one coordinator, about 40 countries, a few hundred funding
 * instruments, start dates over 20 years.
 */
export function buildDataset(
  scale: Scale,
  seed: number,
): { files: GeneratedFile[]; summary: DatasetSummary } {
  const prng = new Prng(seed);
  const names = new NameBook(prng);

  const countryTable = COUNTRY_WEIGHTS.slice(0, scale.countries);
  const countryRecords = countryTable.map(([code], index) => ({
    code,
    name: countries.getName(code, 'en') ?? code,
    lines: String(index + 2),
  }));
  const countrySampler = new WeightedSampler(countryTable.map(([, weight]) => weight));
  const kindSampler = new WeightedSampler(KIND_SHARES.map(([, share]) => share));

  // Organisations, with a rank that decides how many projects they join.
  const organisations: Array<Record<string, unknown> & { id: string; name: string }> = [];
  const resolutions: Array<Record<string, unknown>> = [];
  let aliasCount = 0;
  for (let index = 0; index < scale.organisations; index += 1) {
    const country = countryTable[countrySampler.draw(prng)]?.[0] ?? 'DE';
    const kind = KIND_SHARES[kindSampler.draw(prng)]?.[0] ?? 'other';
    const { name, place } = names.organisation(kind);
    const id = `cordis-org-${String(900_000_000 + index * 7 + prng.int(0, 6))}`;
    const line = String(index + 2);
    const record: Record<string, unknown> & { id: string; name: string } = {
      id,
      name,
      aliases: [] as string[],
      kind,
      country,
      lines: line,
    };
    if (prng.chance(0.3)) record.city = place;
    if (prng.chance(scale.aliasShare)) {
      const alias = names.alias(kind, country, place, name);
      if (alias) {
        (record.aliases as string[]).push(alias);
        aliasCount += 1;
        if (prng.chance(0.5)) {
          resolutions.push({
            entity: id,
            decision: 'merged',
            names: [name, alias],
            reason: 'The national-language name and its English form name the same body.',
            lines: line,
          });
        }
      }
    }
    organisations.push(record);
  }

  // Funding instruments: calls of each framework programme, more for longer programmes.
  const totalYears = FRAMEWORKS.reduce((sum, f) => sum + f.lastYear - f.firstYear + 1, 0);
  const instrumentsByFramework = new Map<string, Array<Record<string, unknown> & { id: string }>>();
  for (const framework of FRAMEWORKS) {
    const years = framework.lastYear - framework.firstYear + 1;
    const count = Math.max(2, Math.round((scale.instruments * years) / totalYears));
    const instruments: Array<Record<string, unknown> & { id: string }> = [];
    for (let n = 0; n < count; n += 1) {
      const area = prng.pick(CALL_AREAS);
      const year = prng.int(framework.firstYear, framework.lastYear);
      const topic = String(n + 1).padStart(2, '0');
      instruments.push({
        id: `${framework.id}-call-${year}-${topic}`,
        name: `${framework.acronym} ${area} Call ${year} Topic ${topic}`,
        aliases: [],
        kind: 'eu instrument',
        partOf: framework.id,
        lines: String(n + 3),
      });
    }
    instrumentsByFramework.set(framework.code, instruments);
  }

  // Projects: dates, budgets and partner counts (a clamped log-normal: median 6, mean about 8.6).
  interface ProjectPlan {
    record: Record<string, unknown> & { id: string };
    framework: Framework;
    partners: number;
  }
  const plans: ProjectPlan[] = [];
  for (let index = 0; index < scale.projects; index += 1) {
    const startYear = prng.int(FRAMEWORKS[0]?.firstYear ?? 2004, 2024);
    const framework =
      FRAMEWORKS.find((f) => startYear >= f.firstYear && startYear <= f.lastYear) ??
      (FRAMEWORKS[0] as Framework);
    const month = prng.int(1, 12);
    const day = prng.int(1, 28);
    const duration = prng.pick([12, 18, 24, 24, 30, 36, 36, 36, 42, 48, 48, 60]);
    const endMonthIndex = startYear * 12 + (month - 1) + duration;
    const endYear = Math.floor(endMonthIndex / 12);
    const endMonth = (endMonthIndex % 12) + 1;
    const startDate = `${startYear}-${pad(month)}-${pad(day)}`;
    const endDate = `${endYear}-${pad(endMonth)}-${pad(day)}`;
    const total = Math.round(Math.exp(14.5 + 0.9 * prng.normal()));
    const contribution = Math.round(total * (0.6 + 0.4 * prng.next()));
    const code = String(100_000 + index * 3 + prng.int(0, 2));
    const title = names.project();
    const partners = Math.min(
      MAX_PARTNERS,
      Math.max(MIN_PARTNERS, Math.round(Math.exp(1.79 + 0.85 * prng.normal()))),
    );
    plans.push({
      framework,
      partners,
      record: {
        id: `cordis-${code}`,
        code,
        name: title.name,
        acronym: title.acronym,
        aliases: [],
        kind: 'project',
        status: endDate < REFERENCE_DAY ? 'finalised' : 'ongoing',
        startDate,
        endDate,
        durationMonths: duration,
        totalBudgetEur: total,
        euContributionEur: contribution,
        summary: `${title.name} develops ${prng.pick(PROJECT_OUTCOMES).toLowerCase()} work on ${prng.pick(FIELDS).toLowerCase()} with ${partners} partners.`,
        lines: String(index + 2),
      },
    });
  }

  // Who takes part where. Every organisation joins at least one project; the
  // other places go to organisations drawn from a heavy-tailed (Zipf-like)
  // distribution over a random ranking, so a few take part in hundreds of
  // projects and most in one or two.
  const ranking = prng.shuffle(Array.from({ length: organisations.length }, (_, i) => i));
  const weights = zipfWeights(organisations.length, 0.95, 40);
  const rankedSampler = new WeightedSampler(weights);
  const totalPlaces = plans.reduce((sum, plan) => sum + plan.partners, 0);
  const newcomers = prng.shuffle(Array.from({ length: organisations.length }, (_, i) => i));
  const newcomerShare = organisations.length / totalPlaces;
  const members: number[][] = plans.map(() => []);
  plans.forEach((plan, p) => {
    const chosen = new Set<number>();
    while (chosen.size < plan.partners) {
      let candidate: number;
      if (newcomers.length > 0 && prng.chance(newcomerShare)) {
        candidate = newcomers.pop() as number;
        if (chosen.has(candidate)) {
          newcomers.unshift(candidate);
          continue;
        }
      } else {
        candidate = ranking[rankedSampler.draw(prng)] as number;
      }
      chosen.add(candidate);
    }
    members[p] = [...chosen];
  });
  // Newcomers left over by chance join projects that still have room.
  for (let p = 0; newcomers.length > 0; p = (p + 7919) % plans.length) {
    const list = members[p] as number[];
    const plan = plans[p] as ProjectPlan;
    const candidate = newcomers[newcomers.length - 1] as number;
    if (list.length < MAX_PARTNERS && !list.includes(candidate)) {
      list.push(newcomers.pop() as number);
      plan.partners = list.length;
    }
  }

  const projectsPerOrganisation = new Uint32Array(organisations.length);
  const frameworkFiles = FRAMEWORKS.map((framework) => ({
    framework,
    projects: [] as Array<Record<string, unknown>>,
    participations: [] as Array<Record<string, unknown>>,
    funding: [] as Array<Record<string, unknown>>,
  }));
  const instrumentSamplers = new Map(
    FRAMEWORKS.map((f) => [
      f.code,
      new WeightedSampler(zipfWeights(instrumentsByFramework.get(f.code)?.length ?? 1, 0.8, 3)),
    ]),
  );
  let coPartnerPairs = 0;
  plans.forEach((plan, p) => {
    const file = frameworkFiles.find((f) => f.framework === plan.framework);
    if (!file) return;
    const list = members[p] as number[];
    file.projects.push(plan.record);
    coPartnerPairs += (list.length * (list.length - 1)) / 2;
    list.forEach((organisationIndex, position) => {
      projectsPerOrganisation[organisationIndex] =
        (projectsPerOrganisation[organisationIndex] ?? 0) + 1;
      const role =
        position === 0
          ? 'coordinator'
          : prng.chance(0.86)
            ? 'partner'
            : prng.chance(0.6)
              ? 'associated partner'
              : 'third party';
      file.participations.push({
        organisation: organisations[organisationIndex]?.id,
        project: plan.record.id,
        role,
        lines: plan.record.lines,
      });
    });
    const instruments = instrumentsByFramework.get(plan.framework.code) ?? [];
    const sampler = instrumentSamplers.get(plan.framework.code);
    const instrument = sampler ? instruments[sampler.draw(prng)] : undefined;
    if (instrument) {
      file.funding.push({
        fundingSource: instrument.id,
        project: plan.record.id,
        amountEur: plan.record.euContributionEur,
        lines: plan.record.lines,
      });
    }
  });

  const registry: GeneratedFile = {
    name: 'organisations.json',
    content: {
      source: {
        id: 'synthetic-cordis-organisations',
        title: `Synthetic CORDIS organisation registry (${scale.name}, seed ${seed})`,
        kind: 'dataset',
        publisher: 'Benchmark generator',
      },
      countries: countryRecords,
      organisations,
      resolutions,
    },
  };
  const files: GeneratedFile[] = [registry];
  for (const file of frameworkFiles) {
    const { framework } = file;
    files.push({
      name: `projects-${framework.code}.json`,
      content: {
        source: {
          id: `synthetic-cordis-${framework.code}`,
          title: `Synthetic CORDIS ${framework.acronym} projects (${scale.name}, seed ${seed})`,
          kind: 'dataset',
          publisher: 'Benchmark generator',
        },
        fundingSources: [
          {
            id: framework.id,
            name: framework.name,
            acronym: framework.acronym === 'HE' ? undefined : framework.acronym,
            aliases: [],
            kind: 'eu programme',
            lines: '2',
          },
          ...(instrumentsByFramework.get(framework.code) ?? []),
        ],
        projects: file.projects,
        participations: file.participations,
        funding: file.funding,
      },
    });
  }

  const fundingSources = FRAMEWORKS.length + [...instrumentsByFramework.values()].flat().length;
  const summary: DatasetSummary = {
    countries: countryRecords.length,
    organisations: organisations.length,
    fundingSources,
    projects: plans.length,
    participations: frameworkFiles.reduce((sum, f) => sum + f.participations.length, 0),
    funding: frameworkFiles.reduce((sum, f) => sum + f.funding.length, 0),
    resolutions: resolutions.length,
    aliases: aliasCount,
    maxProjectsPerOrganisation: projectsPerOrganisation.reduce((max, n) => Math.max(max, n), 0),
    coPartnerPairs,
  };
  return { files, summary };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * Makes names that no other record answers to: every name and alias is
 * checked, once folded as the importer folds names, against all before it.
 */
class NameBook {
  private readonly taken = new Set<string>();
  private readonly acronyms = new Set<string>();

  constructor(private readonly prng: Prng) {}

  organisation(kind: OrganisationKindName): { name: string; place: string } {
    for (;;) {
      const place = this.word(2, 3);
      const name = this.organisationName(kind, place);
      if (this.claim(name)) return { name, place };
    }
  }

  /** A national-language spelling, or null when it would clash with another name. */
  alias(kind: OrganisationKindName, country: string, place: string, name: string): string | null {
    const local = LOCAL_WORDS[country];
    const alias = local
      ? kind === 'university'
        ? `${local.university} ${place}`
        : kind === 'public body'
          ? `${local.rescue} ${place}`
          : `${name} ${country}`
      : `${name} (${country})`;
    return this.claim(alias) ? alias : null;
  }

  project(): { name: string; acronym: string } {
    for (;;) {
      const name = `${this.prng.pick(PROJECT_ADJECTIVES)} ${this.prng.pick(FIELDS)} ${this.prng.pick(PROJECT_OUTCOMES)} ${this.word(2, 3)}`;
      if (!this.claim(name)) continue;
      let acronym = name
        .split(' ')
        .map((word) => word[0])
        .join('')
        .toUpperCase();
      for (let n = 2; this.acronyms.has(acronym); n += 1) acronym = `${acronym.slice(0, 6)}${n}`;
      this.acronyms.add(acronym);
      return { name, acronym };
    }
  }

  private organisationName(kind: OrganisationKindName, place: string): string {
    switch (kind) {
      case 'company':
        return `${this.word(2, 3)} ${this.prng.pick(COMPANY_WORDS)}`;
      case 'research institute':
        return `${place} ${this.prng.pick(FIELDS)} ${this.prng.pick(INSTITUTE_WORDS)}`;
      case 'public body':
        return `${place} ${this.prng.pick(PUBLIC_WORDS)}`;
      case 'university':
        return `${place} ${this.prng.pick(UNIVERSITY_WORDS)}`;
      default:
        return `${place} ${this.prng.pick(FIELDS)} ${this.prng.pick(OTHER_WORDS)}`;
    }
  }

  /** A made-up capitalised word of `min`–`max` syllables. */
  private word(min: number, max: number): string {
    const count = this.prng.int(min, max);
    let word = '';
    for (let i = 0; i < count; i += 1) word += this.prng.pick(SYLLABLES);
    return word.charAt(0).toUpperCase() + word.slice(1);
  }

  private claim(name: string): boolean {
    const key = normaliseName(name);
    if (this.taken.has(key)) return false;
    this.taken.add(key);
    return true;
  }
}
