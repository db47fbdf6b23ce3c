import countries from 'i18n-iso-countries';
import { z } from 'zod';
import { FundingSourceKind } from '../domain/funding-source-kind.js';
import { checkIdentifier, MAX_IDENTIFIERS } from '../domain/identifier.js';
import { IdentifierScheme } from '../domain/identifier-scheme.js';
import { OrganisationKind } from '../domain/organisation-kind.js';
import { nameProblem } from '../domain/display-name.js';
import { EURO_RANGE, isEuroAmount } from '../domain/money.js';
import { PARTIAL_DATE_PATTERN, PARTIAL_DATE_RULE } from '../domain/partial-date.js';
import { isSlug, SLUG_RULE } from '../domain/slug.js';
import { ParticipationRole } from '../domain/participation-role.js';
import { ProjectKind } from '../domain/project-kind.js';
import { ProjectStatus } from '../domain/project-status.js';
import { TopicKind } from '../domain/topic-kind.js';
import { projectInconsistencies } from '../domain/project-consistency.js';
import {
  checkCitedFields,
  citationShape,
  citedRecord,
  LINES_PATTERN,
  LINES_RULE,
} from './citation-schema.js';

/**
 * The dataset format: one file records one source, in sections of records
 * that each say where in the source they come from (`lines`). Records are
 * strict (an unknown field is an error, so a typo never drops a fact).
 * seed/README.md documents the format for people.
 */

const slug = z.string().refine(isSlug, SLUG_RULE);
const countryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code like "DE"')
  .refine((code) => countries.isValid(code), 'is not an ISO 3166-1 alpha-2 country code');
const partialDate = z.string().regex(PARTIAL_DATE_PATTERN, PARTIAL_DATE_RULE);
const lines = z.string().regex(LINES_PATTERN, LINES_RULE);
const text = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(2000, 'must be at most 2000 characters');
// Names are indexed (Neo4j refuses index keys over about 8 kB) and shown: the one name rule.
const name = text.superRefine((value, context) => {
  const problem = nameProblem(value, 500);
  if (problem) context.addIssue({ code: 'custom', message: problem });
});
const longText = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(20000, 'must be at most 20000 characters');
const euros = z.number().refine(isEuroAmount, `must be ${EURO_RANGE}`);
const names = z.array(name).default([]);
// External identifiers (PIC, ROR, Wikidata, VAT, programme ids), checked and
// put in canonical form by the one identifier rule (src/domain/identifier.ts).
const identifier = z
  .strictObject({
    scheme: z.enum(IdentifierScheme),
    value: z.string(),
    programme: z.string().optional(),
  })
  .superRefine((value, context) => {
    const check = checkIdentifier(value);
    if (!check.ok)
      context.addIssue({ code: 'custom', message: check.problem, path: [check.field] });
  });
const identifiers = z
  .array(identifier)
  .max(MAX_IDENTIFIERS, `must hold at most ${MAX_IDENTIFIERS} identifiers`)
  .optional();

const source = z.strictObject({
  id: slug,
  title: name,
  kind: z.enum(['web page', 'dataset', 'report', 'curation']),
  document: text.optional(),
  url: z.url().optional(),
  publisher: text.optional(),
  lines: lines.optional(),
});

const country = citedRecord({ code: countryCode, name: text, lines });

const region = citedRecord({
  id: slug,
  name,
  acronym: text.optional(),
  aliases: names,
  kind: z.enum(['macro-region', 'sub-region', 'region']),
  countries: z.array(countryCode).default([]),
  lines,
});

const programme = citedRecord({
  id: slug,
  name,
  acronym: text.optional(),
  aliases: names,
  kind: z.enum(['strategy', 'initiative', 'framework', 'mechanism', 'action plan', 'unknown']),
  summary: longText.optional(),
  policyAreaCount: z.number().int().nonnegative().optional(),
  flagshipCount: z.number().int().nonnegative().optional(),
  lines,
});

const policyArea = citedRecord({
  id: slug,
  name,
  shortName: text.optional(),
  aliases: names,
  code: text.optional(),
  programme: slug,
  status: z.enum(['active', 'former', 'unknown']),
  succeededBy: slug.optional(),
  topics: z.array(slug).max(100).default([]),
  summary: longText.optional(),
  lines,
});

const organisation = citedRecord({
  id: slug,
  name,
  acronym: text.optional(),
  aliases: names,
  kind: z.enum(OrganisationKind),
  country: countryCode.optional(),
  city: text.optional(),
  partOf: slug.optional(),
  founded: partialDate.optional(),
  identifiers,
  memberCountryCount: z.number().int().positive().max(250).optional(),
  meetingsPerYear: z.number().int().positive().max(366).optional(),
  governs: z.array(slug).max(100).optional(),
  summary: longText.optional(),
  nutsCode: z
    .string()
    .regex(/^[A-Z]{2}[A-Z0-9]{0,3}$/, 'must be a NUTS code like "BE100"')
    .optional(),
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
  lines,
});

const fundingSource = citedRecord({
  id: slug,
  name,
  acronym: text.optional(),
  aliases: names,
  kind: z.enum(FundingSourceKind),
  providedBy: slug.optional(),
  partOf: slug.optional(),
  identifiers,
  lines,
});

const topic = citedRecord({ id: slug, name: text, kind: z.enum(TopicKind), lines });

const project = z
  .strictObject({
    ...citationShape,
    id: slug,
    code: text.optional(),
    name,
    acronym: text.optional(),
    aliases: names,
    kind: z.enum(ProjectKind),
    status: z.enum(ProjectStatus),
    isFlagship: z.boolean().default(false),
    flagshipSince: partialDate.optional(),
    startDate: partialDate.optional(),
    endDate: partialDate.optional(),
    durationMonths: z.number().int().positive().optional(),
    totalBudgetEur: euros.optional(),
    euContributionEur: euros.optional(),
    partnerCount: z.number().int().positive().optional(),
    countryCount: z.number().int().positive().optional(),
    legalBasis: text.optional(),
    fundingScheme: text.optional(),
    masterCall: text.optional(),
    ecSignatureDate: partialDate.optional(),
    grantDoi: text.optional(),
    place: text.optional(),
    summary: longText,
    followUpOf: z.array(slug).default([]),
    componentOf: slug.optional(),
    under: z.array(slug).default([]),
    implementedIn: z.array(z.union([countryCode, slug])).default([]),
    topics: z.array(slug).default([]),
    frameworks: z.array(slug).max(100).optional(),
    lines,
  })
  .superRefine(checkCitedFields)
  .superRefine((p, context) => {
    for (const { field, message } of projectInconsistencies(p)) {
      context.addIssue({ code: 'custom', message, path: [field] });
    }
  });

const participation = citedRecord({
  organisation: slug,
  project: slug,
  role: z.enum(ParticipationRole),
  task: text.optional(),
  note: text.optional(),
  ecContributionEur: euros.optional(),
  netEcContributionEur: euros.optional(),
  totalCostEur: euros.optional(),
  sme: z.boolean().optional(),
  endOfParticipation: z.boolean().optional(),
  lines,
});

const funding = z
  .strictObject({
    ...citationShape,
    fundingSource: slug,
    project: slug.optional(),
    policyArea: slug.optional(),
    amountEur: euros.optional(),
    note: text.optional(),
    lines,
  })
  .superRefine(checkCitedFields)
  .refine((f) => (f.project === undefined) !== (f.policyArea === undefined), {
    message: 'needs exactly one of project or policyArea',
    path: ['project'],
  });

const task = citedRecord({
  id: slug,
  project: slug,
  code: text,
  title: name.optional(),
  leader: slug.optional(),
  lines,
});

const person = citedRecord({ id: slug, name: text, organisation: slug, title: text, lines });

const event = citedRecord({
  id: slug,
  name,
  kind: z.enum(['exercise', 'kick-off', 'meeting']),
  project: slug.optional(),
  place: text.optional(),
  country: countryCode.optional(),
  startDate: partialDate.optional(),
  endDate: partialDate.optional(),
  summary: longText.optional(),
  lines,
});

const document = citedRecord({
  id: slug,
  title: name,
  kind: z.enum(['report', 'paper', 'factsheet', 'publication', 'website']),
  project: slug,
  task: slug.optional(),
  publishedOn: partialDate.optional(),
  lines,
});

const coordination = citedRecord({
  organisation: slug,
  policyArea: slug,
  role: z.enum(['coordinator', 'co-coordinator', 'acting coordinator']),
  from: partialDate.optional(),
  until: partialDate.optional(),
  lines,
});

const membership = z
  .strictObject({
    ...citationShape,
    body: slug,
    member: slug.optional(),
    memberCountry: countryCode.optional(),
    lines,
  })
  .superRefine(checkCitedFields)
  .refine((m) => (m.member === undefined) !== (m.memberCountry === undefined), {
    message: 'needs exactly one of member or memberCountry',
    path: ['member'],
  });

const resolution = z.discriminatedUnion('decision', [
  citedRecord({
    entity: slug,
    decision: z.literal('merged'),
    names: z.array(text).min(1),
    reason: text,
    lines,
  }),
  citedRecord({
    entity: slug,
    decision: z.literal('kept-apart'),
    other: slug,
    reason: text,
    lines,
  }),
]);

export const datasetSchema = z.strictObject({
  source,
  countries: z.array(country).default([]),
  regions: z.array(region).default([]),
  programmes: z.array(programme).default([]),
  policyAreas: z.array(policyArea).default([]),
  organisations: z.array(organisation).default([]),
  fundingSources: z.array(fundingSource).default([]),
  topics: z.array(topic).default([]),
  projects: z.array(project).default([]),
  participations: z.array(participation).default([]),
  funding: z.array(funding).default([]),
  tasks: z.array(task).default([]),
  people: z.array(person).default([]),
  events: z.array(event).default([]),
  documents: z.array(document).default([]),
  coordinations: z.array(coordination).default([]),
  memberships: z.array(membership).default([]),
  resolutions: z.array(resolution).default([]),
});

export type Dataset = z.infer<typeof datasetSchema>;
export type DatasetSection = Exclude<keyof Dataset, 'source'>;
