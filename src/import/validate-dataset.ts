import { normaliseName } from '../domain/normalise-name.js';
import { type DatasetProblem } from './dataset-error.js';
import type { DatasetFile } from './dataset-file.js';
import { datasetSchema, type Dataset } from './dataset-schema.js';
import { SECTION_LABELS, type EntityLabel, type EntitySection } from './entity-kind.js';

/** A file whose content passed the schema. */
export interface ValidDataset {
  file: DatasetFile;
  data: Dataset;
}

/** A reference from a record to an entity, which must exist in one of `labels`. */
export interface EntityReference {
  labels: EntityLabel[];
  id: string;
  /** Where the reference is written (computed on first access). */
  readonly problemAt: Omit<DatasetProblem, 'message'>;
}

export interface DatasetCheck {
  valid: ValidDataset[];
  problems: DatasetProblem[];
  /** References that none of the files define: they must already be in the database. */
  unresolved: EntityReference[];
}

/**
 * Checks a set of files imported together: each against the schema, then
 * duplicates within a file, names shared by two organisations or funders
 * (entity resolution must have merged them; `existingNames` are those already
 * in the graph), and references between records.
 * Collects every problem rather than stopping at the first.
 */
export function validateDatasets(
  files: DatasetFile[],
  existingNames: ExistingName[] = [],
): DatasetCheck {
  const problems: DatasetProblem[] = [];
  const valid: ValidDataset[] = [];
  for (const file of files) {
    const parsed = datasetSchema.safeParse(file.content);
    if (parsed.success) {
      valid.push({ file, data: parsed.data });
      continue;
    }
    for (const issue of parsed.error.issues) {
      const keyPath = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
      // An unknown field is reported at its own line, not at its record's.
      if (issue.code === 'unrecognized_keys' && issue.keys[0]) keyPath.push(issue.keys[0]);
      problems.push({
        file: file.file,
        line: file.lineOf(keyPath),
        where: describePath(file.content, keyPath),
        message: issue.message,
      });
    }
  }

  const defined = new Map<EntityLabel, Set<string>>();
  for (const { file, data } of valid) {
    for (const [section, label] of Object.entries(SECTION_LABELS) as [
      EntitySection,
      EntityLabel,
    ][]) {
      const seen = new Set<string>();
      data[section].forEach((record, index) => {
        const key = recordKey(record);
        if (seen.has(key)) {
          problems.push(problemAt(file, [section, index], `duplicate id "${key}" in ${section}`));
        }
        seen.add(key);
        if (!defined.has(label)) defined.set(label, new Set());
        defined.get(label)?.add(key);
      });
    }
    problems.push(...duplicateParticipations(file, data));
  }
  problems.push(...sharedNames(valid, existingNames));
  problems.push(...unrecordedSpellings(valid));

  const unresolved: EntityReference[] = [];
  for (const reference of valid.flatMap(referencesOf)) {
    if (!reference.labels.some((label) => defined.get(label)?.has(reference.id))) {
      unresolved.push(reference);
    }
  }
  return { valid, problems, unresolved };
}

/** The key of an entity record: its id, or a country's code. */
function recordKey(record: object): string {
  return 'code' in record && !('id' in record)
    ? String(record.code)
    : String((record as { id: string }).id);
}

/** `organisations[3] (id "stuk").country` — the record by index and key, then the field. */
function describePath(content: unknown, keyPath: ReadonlyArray<string | number>): string {
  if (keyPath.length === 0) return 'file';
  const [section, index, ...rest] = keyPath;
  if (typeof index !== 'number') return keyPath.join('.');
  const record = (content as Record<string, unknown[]>)?.[section as string]?.[index] as
    Record<string, unknown> | undefined;
  const key = record?.id ?? record?.code;
  const label = `${String(section)}[${index}]${typeof key === 'string' ? ` (id "${key}")` : ''}`;
  return rest.length > 0 ? `${label}.${rest.join('.')}` : label;
}

function problemAt(
  file: DatasetFile,
  keyPath: Array<string | number>,
  message: string,
): DatasetProblem {
  return {
    file: file.file,
    line: file.lineOf(keyPath),
    where: describePath(file.content, keyPath),
    message,
  };
}

function duplicateParticipations(file: DatasetFile, data: Dataset): DatasetProblem[] {
  const seen = new Set<string>();
  const problems: DatasetProblem[] = [];
  data.participations.forEach((p, index) => {
    const key = `${p.organisation}|${p.project}|${p.role}`;
    if (seen.has(key)) {
      problems.push(
        problemAt(
          file,
          ['participations', index],
          `"${p.organisation}" already has the role "${p.role}" in "${p.project}" in this file`,
        ),
      );
    }
    seen.add(key);
  });
  return problems;
}

/** A name an organisation or funder already has in the graph. */
export interface ExistingName {
  label: string;
  id: string;
  name: string;
}

/**
 * Two different organisations or funders must not answer to the same
 * normalised name or alias — in the files or against what the graph holds —
 * or entity resolution has missed a merge. Acronyms are left out: unrelated
 * bodies do share short forms.
 */
export function sharedNames(
  valid: ValidDataset[],
  existing: ExistingName[] = [],
): DatasetProblem[] {
  const owners = new Map<string, string>();
  for (const entry of existing) {
    const section = entry.label === 'FundingSource' ? 'fundingSources' : 'organisations';
    owners.set(normaliseName(entry.name), `${section}:${entry.id}`);
  }
  const problems: DatasetProblem[] = [];
  for (const { file, data } of valid) {
    for (const section of ['organisations', 'fundingSources'] as const) {
      data[section].forEach((record, index) => {
        const self = `${section}:${record.id}`;
        const names: Array<[string, Array<string | number>]> = [
          [record.name, [section, index, 'name']],
          ...record.aliases.map((alias, a): [string, Array<string | number>] => [
            alias,
            [section, index, 'aliases', a],
          ]),
        ];
        for (const [name, keyPath] of names) {
          const key = normaliseName(name);
          const owner = owners.get(key);
          if (owner && owner !== self) {
            problems.push(
              problemAt(
                file,
                keyPath,
                `the name "${name}" is also used by ${owner.replace(':', ' ')}; merge them (aliases) or rename one`,
              ),
            );
          }
          owners.set(key, self);
        }
      });
    }
  }
  return problems;
}

/**
 * A spelling as the sources decorate it, and without the decoration: a
 * leading "the", a trailing "(acronym)" or "(country)", in folded form.
 */
function undecorated(spelling: string): string[] {
  const withoutBrackets = spelling.replace(/\s*\([^)]*\)\s*/g, ' ');
  return [spelling, withoutBrackets]
    .map(normaliseName)
    .flatMap((folded) => [folded, folded.replace(/^the /, '')]);
}

/**
 * A merge decision lists the spellings it merged; each must be a name, code,
 * acronym or alias of the entity (when the entity is in these files), or
 * search would not find the entity by it.
 */
function unrecordedSpellings(valid: ValidDataset[]): DatasetProblem[] {
  const known = new Map<string, Set<string>>();
  const record = (id: string, ...spellings: Array<string | undefined>) => {
    const set = known.get(id) ?? new Set<string>();
    for (const spelling of spellings) if (spelling) set.add(normaliseName(spelling));
    known.set(id, set);
  };
  for (const { data } of valid) {
    data.organisations.forEach((o) => record(o.id, o.name, o.acronym, ...o.aliases));
    data.fundingSources.forEach((f) => record(f.id, f.name, f.acronym, ...f.aliases));
    data.projects.forEach((p) => record(p.id, p.name, p.acronym, p.code, ...p.aliases));
    data.programmes.forEach((p) => record(p.id, p.name, p.acronym, ...p.aliases));
    data.policyAreas.forEach((p) => record(p.id, p.name, p.shortName, p.code, ...p.aliases));
    data.regions.forEach((r) => record(r.id, r.name, r.acronym, ...r.aliases));
    data.topics.forEach((t) => record(t.id, t.name));
  }
  const problems: DatasetProblem[] = [];
  for (const { file, data } of valid) {
    data.resolutions.forEach((resolution, index) => {
      if (resolution.decision !== 'merged') return;
      const spellings = known.get(resolution.entity);
      if (!spellings) return;
      resolution.names.forEach((spelling, n) => {
        if (!undecorated(spelling).some((variant) => spellings.has(variant))) {
          problems.push(
            problemAt(
              file,
              ['resolutions', index, 'names', n],
              `"${spelling}" is merged into "${resolution.entity}" but is not its name, code, acronym or alias (decoration aside); add it to the aliases`,
            ),
          );
        }
      });
    });
  }
  return problems;
}

/** What an entity-resolution decision can be about: anything that has a name and an id. */
const RESOLVABLE_LABELS: EntityLabel[] = [
  'Organisation',
  'FundingSource',
  'Project',
  'Programme',
  'PolicyArea',
  'Region',
  'Topic',
];

/** Every id a file's records point at, with the labels it may have. */
function referencesOf({ file, data }: ValidDataset): EntityReference[] {
  const refs: EntityReference[] = [];
  const add = (
    labels: EntityLabel[],
    id: string | undefined,
    keyPath: Array<string | number>,
  ): void => {
    if (id === undefined) return;
    // Located only when asked for: finding a line can be costly in a large
    // file, and almost every reference resolves.
    let location: Omit<DatasetProblem, 'message'> | undefined;
    refs.push({
      labels,
      id,
      get problemAt() {
        location ??= {
          file: file.file,
          line: file.lineOf(keyPath),
          where: describePath(file.content, keyPath),
        };
        return location;
      },
    });
  };
  data.regions.forEach((r, i) =>
    r.countries.forEach((c, j) => add(['Country'], c, ['regions', i, 'countries', j])),
  );
  data.policyAreas.forEach((pa, i) => {
    add(['Programme'], pa.programme, ['policyAreas', i, 'programme']);
    add(['PolicyArea'], pa.succeededBy, ['policyAreas', i, 'succeededBy']);
    pa.topics.forEach((id, j) => add(['Topic'], id, ['policyAreas', i, 'topics', j]));
  });
  data.organisations.forEach((o, i) => {
    add(['Country'], o.country, ['organisations', i, 'country']);
    add(['Organisation'], o.partOf, ['organisations', i, 'partOf']);
    o.governs?.forEach((id, j) => add(['PolicyArea'], id, ['organisations', i, 'governs', j]));
  });
  data.fundingSources.forEach((f, i) => {
    add(['Organisation'], f.providedBy, ['fundingSources', i, 'providedBy']);
    add(['FundingSource'], f.partOf, ['fundingSources', i, 'partOf']);
  });
  data.projects.forEach((p, i) => {
    p.followUpOf.forEach((id, j) => add(['Project'], id, ['projects', i, 'followUpOf', j]));
    add(['Project'], p.componentOf, ['projects', i, 'componentOf']);
    p.under.forEach((id, j) => add(['PolicyArea', 'Programme'], id, ['projects', i, 'under', j]));
    p.implementedIn.forEach((id, j) =>
      add(/^[A-Z]{2}$/.test(id) ? ['Country'] : ['Region'], id, [
        'projects',
        i,
        'implementedIn',
        j,
      ]),
    );
    p.topics.forEach((id, j) => add(['Topic'], id, ['projects', i, 'topics', j]));
    p.frameworks?.forEach((id, j) => add(['Programme'], id, ['projects', i, 'frameworks', j]));
  });
  data.participations.forEach((p, i) => {
    add(['Organisation'], p.organisation, ['participations', i, 'organisation']);
    add(['Project'], p.project, ['participations', i, 'project']);
  });
  data.funding.forEach((f, i) => {
    add(['FundingSource'], f.fundingSource, ['funding', i, 'fundingSource']);
    add(['Project'], f.project, ['funding', i, 'project']);
    add(['PolicyArea'], f.policyArea, ['funding', i, 'policyArea']);
  });
  data.tasks.forEach((t, i) => {
    add(['Project'], t.project, ['tasks', i, 'project']);
    add(['Organisation'], t.leader, ['tasks', i, 'leader']);
  });
  data.people.forEach((p, i) =>
    add(['Organisation'], p.organisation, ['people', i, 'organisation']),
  );
  data.events.forEach((e, i) => {
    add(['Project'], e.project, ['events', i, 'project']);
    add(['Country'], e.country, ['events', i, 'country']);
  });
  data.documents.forEach((d, i) => {
    add(['Project'], d.project, ['documents', i, 'project']);
    add(['Task'], d.task, ['documents', i, 'task']);
  });
  data.coordinations.forEach((c, i) => {
    add(['Organisation'], c.organisation, ['coordinations', i, 'organisation']);
    add(['PolicyArea'], c.policyArea, ['coordinations', i, 'policyArea']);
  });
  data.memberships.forEach((m, i) => {
    add(['Organisation'], m.body, ['memberships', i, 'body']);
    add(['Organisation'], m.member, ['memberships', i, 'member']);
    add(['Country'], m.memberCountry, ['memberships', i, 'memberCountry']);
  });
  data.resolutions.forEach((r, i) => {
    add(RESOLVABLE_LABELS, r.entity, ['resolutions', i, 'entity']);
    if (r.decision === 'kept-apart') add(RESOLVABLE_LABELS, r.other, ['resolutions', i, 'other']);
  });
  return refs;
}
