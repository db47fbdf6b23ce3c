import type { Organisation } from '../model/organisation.type.js';
import { Project } from '../model/project.type.js';
import type { SelectionInfo } from '../pages/page-projection.js';
import { fromValues } from './from-values.js';
import { organisationWithCountry } from './organisation-with-country.js';
import { perFieldNode } from './per-field-node.js';
import { selectedFields } from './selected-fields.js';
import { PROJECT_FIELDS, propertiesFor } from './stored-fields.js';

/** The chain's nodes as `queries/connection` returns them: lists of values. */
export interface ConnectionValues {
  organisations: unknown[][];
  countries: Array<unknown[] | null> | null;
  projects: unknown[][];
}

/**
 * What `connection` asks its statement for (the selected properties of the
 * chain's organisations, wherever the path selects them: `steps { from to }`
 * and `organisations`; of their countries, null when not selected; of its
 * projects) and how the returned values become model objects.
 */
export interface ConnectionProjection {
  params: {
    organisationProperties: string[];
    countryProperties: string[] | null;
    projectProperties: string[];
  };
  decode(values: ConnectionValues): { organisations: Organisation[]; projects: Project[] };
}

const ORGANISATION_PATHS = [['steps', 'from'], ['steps', 'to'], ['organisations']] as const;
const PROJECT_PATHS = [['steps', 'project'], ['projects']] as const;

/** The projection for this field node, built once: it depends on the document alone. */
export const connectionProjection = perFieldNode(build);

function build(info: SelectionInfo): ConnectionProjection {
  const chain = organisationWithCountry(info, ...ORGANISATION_PATHS);
  const project = propertiesFor(PROJECT_FIELDS, selectedFields(info, ...PROJECT_PATHS));
  return {
    params: {
      organisationProperties: chain.organisationProperties,
      countryProperties: chain.countryProperties,
      projectProperties: project,
    },
    decode(values) {
      const organisations = values.organisations.map((row, index) =>
        chain.decode(row, values.countries?.[index] ?? null),
      );
      const projects = values.projects.map((row) => fromValues<Project>(Project, project, row));
      return { organisations, projects };
    },
  };
}
