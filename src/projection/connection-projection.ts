import { Country } from '../model/country.type.js';
import { Organisation } from '../model/organisation.type.js';
import { Project } from '../model/project.type.js';
import type { SelectionInfo } from '../pages/page-projection.js';
import { embeddedFromValues, fromValues } from './from-values.js';
import { perFieldNode } from './per-field-node.js';
import { selectedFields } from './selected-fields.js';
import {
  COUNTRY_FIELDS,
  ORGANISATION_FIELDS,
  PROJECT_FIELDS,
  propertiesFor,
} from './stored-fields.js';

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
  const organisationFields = selectedFields(info, ...ORGANISATION_PATHS);
  const organisation = propertiesFor(ORGANISATION_FIELDS, organisationFields);
  const country = organisationFields.has('country')
    ? propertiesFor(
        COUNTRY_FIELDS,
        selectedFields(info, ...ORGANISATION_PATHS.map((path) => [...path, 'country'])),
      )
    : null;
  const project = propertiesFor(PROJECT_FIELDS, selectedFields(info, ...PROJECT_PATHS));
  return {
    params: {
      organisationProperties: organisation,
      countryProperties: country,
      projectProperties: project,
    },
    decode(values) {
      const organisations = values.organisations.map((row, index) => {
        const node = fromValues<Organisation>(Organisation, organisation, row);
        // Null means "has no country"; left unset when `country` is not selected.
        if (country) {
          node.countryNode = embeddedFromValues<Country>(
            Country,
            country,
            values.countries?.[index] ?? null,
          );
        }
        return node;
      });
      const projects = values.projects.map((row) => fromValues<Project>(Project, project, row));
      return { organisations, projects };
    },
  };
}
