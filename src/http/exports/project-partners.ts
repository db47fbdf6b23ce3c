import { ExportError } from './export-error.js';
import type { ExportQuery } from './export-operation.js';
import { spreadsheetCsv } from './spreadsheet-csv.js';
import { ErrorCode } from '../../errors.js';

/** One partnership edge of a project, with the partner's identity. */
export interface PartnerRow {
  role: string;
  task: string | null;
  note: string | null;
  organisation: {
    id: string;
    name: string;
    acronym: string | null;
    kind: string;
    city: string | null;
    country: { code: string; name: string } | null;
  };
}

/** A project and all its partnership edges. */
export interface ProjectPartners {
  id: string;
  name: string;
  acronym: string | null;
  code: string | null;
  partners: PartnerRow[];
}

interface PartnersPage {
  project: {
    id: string;
    name: string;
    acronym: string | null;
    code: string | null;
    participations: {
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: PartnerRow[];
    };
  } | null;
}

/** The public API's operation behind the partner list, one page of 100 edges at a time. */
export const PROJECT_PARTNERS_DOCUMENT = /* GraphQL */ `
  query ProjectPartnersExport($id: ID!, $after: String) {
    project(id: $id) {
      id
      name
      acronym
      code
      participations(first: 100, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          role
          task
          note
          organisation {
            id
            name
            acronym
            kind
            city
            country {
              code
              name
            }
          }
        }
      }
    }
  }
`;

/** A safety stop for paging: far beyond any real partner list. */
const MAX_PAGES = 1000;

/**
 * Every partnership edge of a project (coordinators and lead partners first,
 * as the API orders them), paging through `Project.participations`. An
 * unknown project id is a 404.
 */
export async function fetchProjectPartners(
  ask: ExportQuery,
  projectId: string,
): Promise<ProjectPartners> {
  const partners: PartnerRow[] = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const data: PartnersPage = await ask<PartnersPage>(PROJECT_PARTNERS_DOCUMENT, {
      id: projectId,
      after,
    });
    const project = data.project;
    if (!project)
      throw new ExportError(404, `No project with id "${projectId}"`, ErrorCode.NOT_FOUND);
    partners.push(...project.participations.nodes);
    const { hasNextPage, endCursor } = project.participations.pageInfo;
    if (!hasNextPage || !endCursor) {
      return {
        id: project.id,
        name: project.name,
        acronym: project.acronym,
        code: project.code,
        partners,
      };
    }
    after = endCursor;
  }
  throw new ExportError(500, 'The partner list did not end', ErrorCode.INTERNAL_SERVER_ERROR);
}

/**
 * The partner list as analysts know it from EU project databases: one row per
 * role an organisation holds in the project, with its acronym, country, city
 * and kind, the task it leads or works on, and any note.
 */
export function projectPartnersCsv(project: ProjectPartners): string {
  return spreadsheetCsv(
    [
      'projectId',
      'projectAcronym',
      'projectName',
      'organisationId',
      'organisation',
      'acronym',
      'country',
      'countryName',
      'city',
      'kind',
      'role',
      'task',
      'note',
    ],
    project.partners.map((row) => ({
      projectId: project.id,
      projectAcronym: project.acronym ?? project.code ?? '',
      projectName: project.name,
      organisationId: row.organisation.id,
      organisation: row.organisation.name,
      acronym: row.organisation.acronym ?? '',
      country: row.organisation.country?.code ?? '',
      countryName: row.organisation.country?.name ?? '',
      city: row.organisation.city ?? '',
      // Kinds and roles as the API and every other export spell them (LEAD_PARTNER).
      kind: row.organisation.kind,
      role: row.role,
      task: row.task ?? '',
      note: row.note ?? '',
    })),
  );
}
