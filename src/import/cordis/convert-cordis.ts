import path from 'node:path';
import { normaliseName } from '../../domain/normalise-name.js';
import { ProjectKind } from '../../domain/project-kind.js';
import { TopicKind } from '../../domain/topic-kind.js';
import { DatasetError, type DatasetProblem } from '../dataset-error.js';
import { DatasetFile } from '../dataset-file.js';
import { IdentifierScheme } from '../../domain/identifier-scheme.js';
import type { Dataset } from '../dataset-schema.js';
import { readCordisCsv } from './cordis-csv.js';
import { FRAMEWORK_PROGRAMME_KIND, frameworkProgrammeOf } from './cordis-framework-programme.js';
import { summaryOf } from './cordis-summary.js';
import {
  OPTIONAL_ORGANISATION_COLUMNS,
  ORGANISATION_COLUMNS,
  PIC_COLUMNS,
  readCordisParticipations,
  type CordisParticipationRow,
} from './read-cordis-participations.js';
import {
  OPTIONAL_PROJECT_COLUMNS,
  PROJECT_COLUMNS,
  readCordisProjects,
  type CordisProject,
} from './read-cordis-projects.js';

/** One CSV file of a CORDIS export: the name to report it by, and its bytes. */
export interface CordisCsvFile {
  name: string;
  data: Buffer | string;
}

export interface CordisInput {
  projects: CordisCsvFile;
  organisations: CordisCsvFile;
  /** Id of the Source record; by default `cordis-<projects file name without extension>`. */
  sourceId?: string;
  /** The day (`YYYY-MM-DD`) that decides whether a signed project is ongoing; by default today. */
  today?: string;
}

/** The names the two files of an export are reported by. */
export interface CordisFileNames {
  projects: string;
  organisations: string;
}

/** A CORDIS export as one dataset, with the CSV line of every record. */
export interface CordisConversion {
  dataset: Dataset;
  /** Record key paths (`DatasetFile.pathKey`) -> the line of the CSV file the record came from. */
  lines: ReadonlyMap<string, number>;
  files: CordisFileNames;
}

/**
 * Converts a CORDIS export (`project.csv` and `organization.csv`) into one
 * dataset of the import format: projects, organisations, their countries,
 * one funding source per framework programme with the funding of each
 * project, and the participations. Every problem of both files is collected;
 * if there is any, a DatasetError lists them all with file, line and column.
 */
export function convertCordis(input: CordisInput): CordisConversion {
  const files = { projects: input.projects.name, organisations: input.organisations.name };
  const today = input.today ?? new Date().toISOString().slice(0, 10);
  const projectTable = readCordisCsv(files.projects, input.projects.data, {
    required: PROJECT_COLUMNS,
    optional: OPTIONAL_PROJECT_COLUMNS,
  });
  const organisationTable = readCordisCsv(files.organisations, input.organisations.data, {
    required: ORGANISATION_COLUMNS,
    optional: OPTIONAL_ORGANISATION_COLUMNS,
    oneOf: [PIC_COLUMNS],
  });
  const projects = readCordisProjects(projectTable, today);
  const participations = readCordisParticipations(organisationTable);

  const problems: DatasetProblem[] = [
    ...projectTable.problems,
    ...projects.problems,
    ...organisationTable.problems,
    ...participations.problems,
  ];
  // Only a fully read project file can tell that a project is missing from it.
  if (projectTable.complete) {
    for (const row of participations.rows) {
      if (!projects.ids.has(row.projectId)) {
        problems.push({
          file: files.organisations,
          line: row.line,
          where: 'projectID',
          message: `project "${row.projectId}" is not in ${path.basename(files.projects)}`,
        });
      }
    }
  }
  if (problems.length > 0) throw new DatasetError(sortByFileAndLine(problems, files));

  const lines = new Map<string, number>();
  const dataset = buildDataset(input, files, projects.projects, participations.rows, lines);
  return { dataset, lines, files };
}

function buildDataset(
  input: CordisInput,
  files: CordisFileNames,
  projects: CordisProject[],
  rows: CordisParticipationRow[],
  lines: Map<string, number>,
): Dataset {
  const dataset: Dataset = {
    source: sourceOf(input, files),
    countries: [],
    regions: [],
    programmes: [],
    policyAreas: [],
    organisations: [],
    fundingSources: [],
    topics: [],
    projects: [],
    participations: [],
    funding: [],
    tasks: [],
    people: [],
    events: [],
    documents: [],
    coordinations: [],
    memberships: [],
    resolutions: [],
  };
  const add = <S extends keyof Omit<Dataset, 'source'>>(
    section: S,
    record: Dataset[S][number],
    line: number,
  ): void => {
    lines.set(DatasetFile.pathKey([section, dataset[section].length]), line);
    (dataset[section] as Array<Dataset[S][number]>).push(record);
  };

  const fundingSourceIds = new Set<string>();
  const topicIds = new Set<string>();
  for (const project of projects) {
    const id = projectId(project.cordisId);
    const topics = project.topics.map((code) => ({ id: topicId(code), code }));
    for (const topic of topics) {
      if (topicIds.has(topic.id)) continue;
      topicIds.add(topic.id);
      add(
        'topics',
        { id: topic.id, name: topic.code, kind: TopicKind.CALL_TOPIC, lines: project.lines },
        project.line,
      );
    }
    add(
      'projects',
      {
        id,
        code: project.cordisId,
        name: project.title,
        acronym: project.acronym,
        aliases: [],
        kind: ProjectKind.PROJECT,
        status: project.status,
        isFlagship: false,
        startDate: project.startDate,
        endDate: project.endDate,
        totalBudgetEur: project.totalCost,
        euContributionEur: project.ecMaxContribution,
        legalBasis: project.legalBasis,
        fundingScheme: project.fundingScheme,
        masterCall: project.masterCall,
        ecSignatureDate: project.ecSignatureDate,
        grantDoi: project.grantDoi,
        summary: summaryOf(project.objective, project.title),
        followUpOf: [],
        under: [],
        implementedIn: [],
        topics: topics.map((topic) => topic.id),
        lines: project.lines,
      },
      project.line,
    );
    if (project.frameworkProgramme === undefined) continue;
    const programme = frameworkProgrammeOf(project.frameworkProgramme);
    if (!fundingSourceIds.has(programme.id)) {
      fundingSourceIds.add(programme.id);
      add(
        'fundingSources',
        {
          id: programme.id,
          name: programme.name,
          acronym: programme.acronym,
          aliases: [],
          kind: FRAMEWORK_PROGRAMME_KIND,
          lines: project.lines,
        },
        project.line,
      );
    }
    add(
      'funding',
      {
        fundingSource: programme.id,
        project: id,
        amountEur: project.ecMaxContribution,
        lines: project.lines,
      },
      project.line,
    );
  }

  const countryCodes = new Set<string>();
  const organisationIds = new Set<string>();
  const participationIndex = new Map<string, number>();
  for (const row of rows) {
    if (row.country && !countryCodes.has(row.country.code)) {
      countryCodes.add(row.country.code);
      add('countries', { ...row.country, lines: row.lines }, row.line);
    }
    const organisation = organisationKey(row);
    // An organisation is described by the first row it appears in.
    if (!organisationIds.has(organisation)) {
      organisationIds.add(organisation);
      add(
        'organisations',
        {
          id: organisation,
          name: row.name,
          acronym: row.shortName,
          aliases: [],
          kind: row.kind,
          country: row.country?.code,
          city: row.city,
          identifiers: identifiersOf(row),
          nutsCode: row.nutsCode,
          latitude: row.geolocation?.latitude,
          longitude: row.geolocation?.longitude,
          lines: row.lines,
        },
        row.line,
      );
    }
    const project = projectId(row.projectId);
    const key = `${organisation}|${project}|${row.role}`;
    const repeated = participationIndex.get(key);
    const participation = dataset.participations[repeated ?? -1];
    if (participation) {
      // The same role twice in one project is one participation, cited on both
      // lines, with the amounts of both rows.
      participation.lines = `${participation.lines}, ${row.lines}`;
      participation.ecContributionEur = sum(participation.ecContributionEur, row.ecContribution);
      participation.netEcContributionEur = sum(
        participation.netEcContributionEur,
        row.netEcContribution,
      );
      participation.totalCostEur = sum(participation.totalCostEur, row.totalCost);
      continue;
    }
    participationIndex.set(key, dataset.participations.length);
    add(
      'participations',
      {
        organisation,
        project,
        role: row.role,
        ecContributionEur: row.ecContribution,
        netEcContributionEur: row.netEcContribution,
        totalCostEur: row.totalCost,
        sme: row.sme,
        endOfParticipation: row.endOfParticipation,
        lines: row.lines,
      },
      row.line,
    );
  }
  return dataset;
}

/** A CORDIS code as part of a slug: lower case, `*`, `.` and `/` turned into `-`. */
function slugPart(code: string): string {
  return code
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The graph id of a CORDIS project (`ST2*0172` -> `cordis-st2-0172`). */
export function projectId(cordisId: string): string {
  return `cordis-${slugPart(cordisId)}`;
}

/** The graph id of a CORDIS organisation, by its PIC. */
export function organisationId(cordisId: string): string {
  return `cordis-org-${slugPart(cordisId)}`;
}

/** The graph id of a call topic. */
export function topicId(code: string): string {
  return `cordis-topic-${slugPart(code)}`;
}

/**
 * The id of a row's organisation: by its PIC, or, in older exports that have
 * none, by its folded name (one organisation per name, as the graph keeps them).
 */
function organisationKey(row: CordisParticipationRow): string {
  if (row.pic !== undefined) return organisationId(row.pic);
  return `cordis-org-name-${slugPart(normaliseName(row.name)).slice(0, 150).replace(/-+$/, '')}`;
}

/** An identifier as a dataset file holds it. */
type CordisIdentifier = { scheme: IdentifierScheme; value: string };

/** The PIC and VAT number of a row, as the dataset's external identifiers. */
function identifiersOf(row: CordisParticipationRow): CordisIdentifier[] {
  const identifiers: CordisIdentifier[] = [];
  if (row.pic !== undefined) identifiers.push({ scheme: IdentifierScheme.PIC, value: row.pic });
  if (row.vatNumber !== undefined)
    identifiers.push({ scheme: IdentifierScheme.VAT, value: row.vatNumber });
  return identifiers;
}

/** The sum of two amounts, unknown when both are. */
function sum(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined && b === undefined ? undefined : (a ?? 0) + (b ?? 0);
}

function sourceOf(input: CordisInput, files: CordisFileNames): Dataset['source'] {
  const projectsFile = path.basename(files.projects);
  const organisationsFile = path.basename(files.organisations);
  const stem = path
    .basename(projectsFile, path.extname(projectsFile))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return {
    id: input.sourceId ?? `cordis-${stem || 'export'}`,
    title: `CORDIS export (${projectsFile}, ${organisationsFile})`,
    kind: 'dataset',
    document: `${projectsFile}, ${organisationsFile}`,
  };
}

function sortByFileAndLine(problems: DatasetProblem[], files: CordisFileNames): DatasetProblem[] {
  const order = (problem: DatasetProblem): number => (problem.file === files.projects ? 0 : 1);
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort(
      (a, b) =>
        order(a.problem) - order(b.problem) ||
        (a.problem.line ?? 0) - (b.problem.line ?? 0) ||
        a.index - b.index,
    )
    .map(({ problem }) => problem);
}
