import type { DatasetProblem } from '../import/dataset-error.js';
import type { DatasetFile } from '../import/dataset-file.js';
import type { Dataset, DatasetSection } from '../import/dataset-schema.js';
import type { FieldCitation } from '../import/citation-schema.js';
import { citedLines, citedPassage } from './cited-lines.js';
import { showsPhrase, showsValue } from './evidence.js';

/** One dataset with the lines of the document its source names (undefined: not found). */
export interface LintInput {
  file: DatasetFile;
  data: Dataset;
  documentLines: readonly string[] | undefined;
}

type AnyRecord = Record<string, unknown> & {
  lines: string;
  inferred?: string;
  wording?: string;
  cite?: FieldCitation[];
};

/** Values a reader can check against the page's words: numbers, dates, places. */
const VALUE_FIELDS = [
  'durationMonths',
  'totalBudgetEur',
  'euContributionEur',
  'partnerCount',
  'countryCount',
  'policyAreaCount',
  'flagshipCount',
  'memberCountryCount',
  'meetingsPerYear',
  'amountEur',
  'startDate',
  'endDate',
  'flagshipSince',
  'founded',
  'publishedOn',
  'from',
  'until',
  'place',
  'city',
];

/** Fields naming other records, and the sections whose names show them. */
const REFERENCE_FIELDS = [
  'organisation',
  'project',
  'policyArea',
  'fundingSource',
  'body',
  'member',
  'memberCountry',
  'entity',
];

/**
 * The provenance lint: every citation's lines exist in its source; a stated
 * citation's passage shows what it supports (the record's name, an alias or
 * its `wording`; for a relationship record, the names of both ends; for a
 * field, the value in the page's own wording); every number, date and place
 * is shown by the citation that covers it; every status other than unknown
 * has a citation of its own; an inference carries its note (the format makes
 * that a rule: `inferred` is the note). Inferred citations are checked for
 * their lines only: they say why the words differ.
 */
export function lintCitations(inputs: readonly LintInput[]): DatasetProblem[] {
  const names = namesById(inputs);
  const problems: DatasetProblem[] = [];
  for (const { file, data, documentLines } of inputs) {
    if (!documentLines) {
      problems.push({
        file: file.file,
        line: file.lineOf(['source', 'document']),
        where: 'source.document',
        message: `the document "${data.source.document ?? ''}" is not in sources/`,
      });
      continue;
    }
    const report = (keyPath: Array<string | number>, message: string) =>
      problems.push({
        file: file.file,
        line: file.lineOf(keyPath),
        where: describe(data, keyPath),
        message,
      });
    const passageOf = (lines: string, keyPath: Array<string | number>): string | undefined => {
      const past = citedLines(lines, documentLines.length + 1).find(
        (line) => line < 1 || line > documentLines.length,
      );
      if (past !== undefined) {
        report(keyPath, `cites line ${past}, but the source has ${documentLines.length} lines`);
        return undefined;
      }
      return citedPassage(documentLines, lines);
    };

    for (const section of sectionsOf(data)) {
      (data[section] as AnyRecord[]).forEach((record, index) => {
        const at = (...rest: Array<string | number>) => [section, index, ...rest];
        const passage = passageOf(record.lines, at('lines'));
        const cites = record.cite ?? [];
        const citedSeparately = new Set(cites.flatMap((cite) => cite.fields));

        if (passage !== undefined && !record.inferred) {
          const own = ownNames(section, record);
          if (own.length > 0 && !own.some((name) => showsPhrase(passage, name))) {
            report(at('lines'), `lines ${record.lines} show none of its names (${own.join('; ')})`);
          }
          for (const field of REFERENCE_FIELDS) {
            const id = record[field];
            if (typeof id !== 'string' || section === 'tasks' || section === 'documents') continue;
            if (section === 'people' && field === 'organisation') continue;
            const theirs = [...(names.get(id) ?? []), ...(record.wording ? [record.wording] : [])];
            if (!theirs.some((name) => showsPhrase(passage, name))) {
              report(at(field), `lines ${record.lines} do not name "${id}" (${theirs.join('; ')})`);
            }
          }
          for (const field of VALUE_FIELDS) {
            const value = record[field];
            if (value === undefined || citedSeparately.has(field)) continue;
            if (!showsValue(passage, value)) {
              report(
                at(field),
                `${JSON.stringify(value)} is not in lines ${record.lines}; cite it with the page's wording or mark it inferred`,
              );
            }
          }
        }
        if (
          typeof record.status === 'string' &&
          record.status !== 'unknown' &&
          !record.inferred &&
          !citedSeparately.has('status')
        ) {
          report(
            at('status'),
            `status "${record.status}" needs a citation of its own (cite: fields [status])`,
          );
        }

        cites.forEach((cite, citeIndex) => {
          const citeAt = at('cite', citeIndex);
          const citePassage = passageOf(cite.lines, [...citeAt, 'lines']);
          if (citePassage === undefined || cite.inferred) return;
          if (cite.wording) {
            if (!showsPhrase(citePassage, cite.wording)) {
              report([...citeAt, 'wording'], `"${cite.wording}" is not in lines ${cite.lines}`);
            }
            return;
          }
          for (const field of cite.fields) {
            if (!showsField(citePassage, record[field], names)) {
              report(
                [...citeAt, 'fields'],
                `lines ${cite.lines} do not show ${field} ${JSON.stringify(record[field])}; quote the page's wording or mark it inferred`,
              );
            }
          }
        });
      });
    }
  }
  return problems;
}

/** A field's value shown in a passage: a value, or for references every referred record's name. */
function showsField(passage: string, value: unknown, names: Map<string, string[]>): boolean {
  const values = Array.isArray(value) ? value : [value];
  return values.every((item) => {
    const referred = typeof item === 'string' ? names.get(item) : undefined;
    if (referred) return referred.some((name) => showsPhrase(passage, name));
    return showsValue(passage, item);
  });
}

/** The names a record answers to in the page. */
function ownNames(section: DatasetSection, record: AnyRecord): string[] {
  if (section === 'tasks') {
    return [typeof record.title === 'string' ? record.title : `Task ${String(record.code)}`];
  }
  const candidates: unknown[] = [
    record.name,
    record.acronym,
    record.shortName,
    record.code,
    section === 'documents' ? record.title : undefined,
    ...(Array.isArray(record.aliases) ? record.aliases : []),
    record.wording,
  ];
  if (
    ![
      'countries',
      'regions',
      'programmes',
      'policyAreas',
      'organisations',
      'fundingSources',
      'topics',
      'projects',
      'tasks',
      'people',
      'events',
      'documents',
    ].includes(section)
  ) {
    return [];
  }
  return candidates.filter((name): name is string => typeof name === 'string' && name.length > 0);
}

/** Every record's names by id (countries by code), across all files. */
function namesById(inputs: readonly LintInput[]): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const { data } of inputs) {
    for (const section of sectionsOf(data)) {
      for (const record of data[section] as AnyRecord[]) {
        const key = (record.id ?? record.code) as string | undefined;
        if (!key) continue;
        const own = ownNames(section, record);
        names.set(key, [...(names.get(key) ?? []), ...own]);
      }
    }
  }
  return names;
}

function sectionsOf(data: Dataset): DatasetSection[] {
  return Object.keys(data).filter((key) => key !== 'source') as DatasetSection[];
}

function describe(data: Dataset, keyPath: ReadonlyArray<string | number>): string {
  const [section, index, ...rest] = keyPath;
  const record = (data[section as DatasetSection] as AnyRecord[] | undefined)?.[index as number];
  const id = record
    ? ((record.id ?? record.code ?? record.entity) as string | undefined)
    : undefined;
  const head = `${String(section)}[${String(index)}]${id ? ` (id "${id}")` : ''}`;
  return rest.length > 0
    ? `${head}.${rest
        .map((key) => (typeof key === 'number' ? `[${key}]` : key))
        .join('.')
        .replace(/\.\[/g, '[')}`
    : head;
}
