import type { StatementName } from '../graph/statement-names.js';
import { nameKeysOf } from '../curation/name-keys.js';
import { canonicalIdentifiers } from '../identity/canonical-identifiers.js';
import { normaliseName } from '../domain/normalise-name.js';
import { yearOf } from '../domain/partial-date.js';
import { FundingSource } from '../model/funding-source.type.js';
import { Organisation } from '../model/organisation.type.js';
import { Project } from '../model/project.type.js';
import { storedPropsOf } from '../model/stored-field.decorator.js';
import type { Dataset } from './dataset-schema.js';
import { recordCitations, type CitedRecord } from './record-citations.js';

/** One statement of an import and the rows it unwinds. */
export interface ImportStep {
  readonly statement: StatementName;
  rows: Record<string, unknown>[];
}

/** Drops undefined values: `SET n += props` must not erase what another source said. */
function defined(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([, value]) => value !== undefined));
}

/** The folded names a record answers to, for accent- and case-insensitive filtering. */
function searchKey(...names: Array<string | undefined>): string {
  return names
    .filter((name): name is string => Boolean(name))
    .map(normaliseName)
    .join(' | ');
}

/** Resolution decisions get an id of their own from what they are about. */
export function resolutionId(entity: string, decision: string, other?: string): string {
  return other ? `${decision}:${entity}:${other}` : `${decision}:${entity}`;
}

/**
 * Turns a validated dataset into the statements that write it, in the one
 * order they run in: every node a statement matches is merged by an earlier
 * step, and every row carries its `citation`: the list of stored citations of
 * the record (see `recordCitations`). Every dataset gets
 * every step, with no rows where it has nothing for it, so that the import
 * can walk several files step by step in this order.
 */
export function importSteps(data: Dataset): ImportStep[] {
  const sourceId = data.source.id;
  const cite = <T extends CitedRecord>(record: T) => ({
    lines: record.lines,
    citation: recordCitations(sourceId, record),
  });
  return [
    {
      statement: 'import/merge-countries',
      rows: data.countries.map((c) => ({ code: c.code, name: c.name, ...cite(c) })),
    },
    {
      statement: 'import/merge-regions',
      rows: data.regions.map((r) => ({
        id: r.id,
        searchKey: searchKey(r.name, r.acronym, ...r.aliases),
        aliases: r.aliases,
        countries: r.countries,
        props: defined({ name: r.name, acronym: r.acronym, kind: r.kind }),
        ...cite(r),
      })),
    },
    {
      statement: 'import/merge-programmes',
      rows: data.programmes.map((p) => ({
        id: p.id,
        searchKey: searchKey(p.name, p.acronym, ...p.aliases),
        aliases: p.aliases,
        props: defined({
          name: p.name,
          acronym: p.acronym,
          kind: p.kind,
          summary: p.summary,
          policyAreaCount: p.policyAreaCount,
          flagshipCount: p.flagshipCount,
        }),
        ...cite(p),
      })),
    },
    {
      statement: 'import/merge-policy-areas',
      rows: data.policyAreas.map((pa) => ({
        id: pa.id,
        searchKey: searchKey(pa.name, pa.shortName, ...pa.aliases),
        programme: pa.programme,
        aliases: pa.aliases,
        props: defined({
          name: pa.name,
          shortName: pa.shortName,
          acronym: pa.shortName,
          code: pa.code,
          status: pa.status,
          summary: pa.summary,
        }),
        ...cite(pa),
      })),
    },
    {
      statement: 'import/link-policy-area-successors',
      rows: data.policyAreas
        .filter((pa) => pa.succeededBy)
        .map((pa) => ({ id: pa.id, succeededBy: pa.succeededBy, ...cite(pa) })),
    },
    {
      statement: 'import/merge-organisations',
      rows: data.organisations.map((o) => ({
        id: o.id,
        searchKey: searchKey(o.name, o.acronym, ...o.aliases),
        nameKeys: [...nameKeysOf([o.name, ...o.aliases]).keys()],
        identifiers: canonicalIdentifiers(o.identifiers),
        aliases: o.aliases,
        country: o.country ?? null,
        props: storedPropsOf(o, Organisation),
        ...cite(o),
      })),
    },
    {
      statement: 'import/link-organisation-parents',
      rows: data.organisations
        .filter((o) => o.partOf)
        .map((o) => ({ id: o.id, partOf: o.partOf, ...cite(o) })),
    },
    {
      statement: 'import/merge-funding-sources',
      rows: data.fundingSources.map((f) => ({
        id: f.id,
        searchKey: searchKey(f.name, f.acronym, ...f.aliases),
        nameKeys: [...nameKeysOf([f.name, ...f.aliases]).keys()],
        identifiers: canonicalIdentifiers(f.identifiers),
        aliases: f.aliases,
        providedBy: f.providedBy ?? null,
        props: storedPropsOf(f, FundingSource),
        ...cite(f),
      })),
    },
    {
      statement: 'import/link-funding-source-parents',
      rows: data.fundingSources
        .filter((f) => f.partOf)
        .map((f) => ({ id: f.id, partOf: f.partOf, ...cite(f) })),
    },
    {
      statement: 'import/merge-topics',
      rows: data.topics.map((t) => ({
        id: t.id,
        props: { name: t.name, kind: t.kind },
        ...cite(t),
      })),
    },
    {
      statement: 'import/link-policy-area-topics',
      rows: data.policyAreas
        .filter((pa) => pa.topics.length > 0)
        .map((pa) => ({ id: pa.id, topics: pa.topics, ...cite(pa) })),
    },
    {
      statement: 'import/merge-projects',
      rows: data.projects.map((p) => ({
        id: p.id,
        searchKey: searchKey(p.name, p.acronym, ...p.aliases),
        aliases: p.aliases,
        props: defined({
          ...storedPropsOf(p, Project),
          // The years the period filters compare, kept beside the dates.
          startYear: p.startDate ? yearOf(p.startDate) : undefined,
          endYear: p.endDate ? yearOf(p.endDate) : undefined,
        }),
        ...cite(p),
      })),
    },
    {
      statement: 'import/link-projects',
      rows: data.projects.map((p) => ({
        id: p.id,
        followUpOf: p.followUpOf,
        componentOf: p.componentOf ?? null,
        under: p.under,
        implementedInCountries: p.implementedIn.filter((x) => /^[A-Z]{2}$/.test(x)),
        implementedInRegions: p.implementedIn.filter((x) => !/^[A-Z]{2}$/.test(x)),
        topics: p.topics,
        ...cite(p),
      })),
    },
    {
      statement: 'import/link-frameworks-and-governance',
      rows: [
        ...data.projects
          .filter((p) => p.frameworks?.length)
          .map((p) => ({ from: p.id, project: true, targets: p.frameworks, ...cite(p) })),
        ...data.organisations
          .filter((o) => o.governs?.length)
          .map((o) => ({ from: o.id, project: false, targets: o.governs, ...cite(o) })),
      ],
    },
    {
      statement: 'import/merge-participations',
      rows: data.participations.map((p) => ({
        organisation: p.organisation,
        project: p.project,
        role: p.role,
        props: defined({
          task: p.task,
          note: p.note,
          ecContributionEur: p.ecContributionEur,
          netEcContributionEur: p.netEcContributionEur,
          totalCostEur: p.totalCostEur,
          sme: p.sme,
          endOfParticipation: p.endOfParticipation,
        }),
        ...cite(p),
      })),
    },
    {
      statement: 'import/merge-funding',
      rows: data.funding.map((f) => ({
        fundingSource: f.fundingSource,
        funded: f.project ?? f.policyArea,
        props: defined({ amountEur: f.amountEur, note: f.note }),
        ...cite(f),
      })),
    },
    {
      statement: 'import/merge-tasks',
      rows: data.tasks.map((t) => ({
        id: t.id,
        project: t.project,
        leader: t.leader ?? null,
        props: defined({
          code: t.code,
          title: t.title,
          name: t.title ? `${t.code}: ${t.title}` : `Task ${t.code}`,
        }),
        ...cite(t),
      })),
    },
    {
      statement: 'import/merge-people',
      rows: data.people.map((p) => ({
        id: p.id,
        name: p.name,
        searchKey: searchKey(p.name),
        organisation: p.organisation,
        title: p.title,
        ...cite(p),
      })),
    },
    {
      statement: 'import/merge-events',
      rows: data.events.map((e) => ({
        id: e.id,
        project: e.project ?? null,
        country: e.country ?? null,
        props: defined({
          name: e.name,
          kind: e.kind,
          place: e.place,
          startDate: e.startDate,
          endDate: e.endDate,
          summary: e.summary,
        }),
        ...cite(e),
      })),
    },
    {
      statement: 'import/merge-documents',
      rows: data.documents.map((d) => ({
        id: d.id,
        project: d.project,
        task: d.task ?? null,
        props: defined({ name: d.title, title: d.title, kind: d.kind, publishedOn: d.publishedOn }),
        ...cite(d),
      })),
    },
    {
      statement: 'import/merge-coordinations',
      rows: data.coordinations.map((c) => ({
        organisation: c.organisation,
        policyArea: c.policyArea,
        role: c.role,
        props: defined({ from: c.from, until: c.until }),
        ...cite(c),
      })),
    },
    {
      statement: 'import/merge-memberships',
      rows: data.memberships.map((m) => ({
        body: m.body,
        member: m.member ?? null,
        memberCountry: m.memberCountry ?? null,
        ...cite(m),
      })),
    },
    {
      statement: 'import/merge-resolutions',
      rows: data.resolutions.map((r) => ({
        id: resolutionId(r.entity, r.decision, r.decision === 'kept-apart' ? r.other : undefined),
        entity: r.entity,
        other: r.decision === 'kept-apart' ? r.other : null,
        props: defined({
          decision: r.decision,
          reason: r.reason,
          names: r.decision === 'merged' ? r.names : undefined,
        }),
        ...cite(r),
      })),
    },
  ];
}
