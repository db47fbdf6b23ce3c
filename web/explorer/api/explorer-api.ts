import type { NetworkFilter } from '../network-filter';
import { filterToVariables } from '../network-filter';
import type {
  Choice,
  CoPartner,
  FilterChoices,
  OrganisationDetails,
  PartnershipNetwork,
  PartnershipPath,
  ProjectDetails,
  SearchHit,
} from './explorer-types';
import { graphqlRequest } from './graphql-request';
import {
  CONNECTION_QUERY,
  COUNTRIES_QUERY,
  FUNDING_SOURCES_QUERY,
  NETWORK_QUERY,
  ORGANISATION_QUERY,
  POLICY_AREAS_QUERY,
  PROJECT_CHOICES_QUERY,
  PROJECT_NAME_QUERY,
  PROJECT_QUERY,
  SEARCH_QUERY,
} from './explorer-queries';

interface ChoicePage {
  list: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Choice[] };
}

/** Every item of a paged list field, following `pageInfo.endCursor` to the end. */
async function allChoices(query: string): Promise<Choice[]> {
  const choices: Choice[] = [];
  let after: string | null = null;
  for (;;) {
    const page: ChoicePage = await graphqlRequest<ChoicePage>(query, { after });
    choices.push(...page.list.nodes);
    if (!page.list.pageInfo.hasNextPage || !page.list.pageInfo.endCursor) return choices;
    after = page.list.pageInfo.endCursor;
  }
}

/** The co-partnership network for a filter (`partnershipNetwork`). */
export async function fetchNetwork(filter: NetworkFilter): Promise<PartnershipNetwork> {
  const data = await graphqlRequest<{ partnershipNetwork: PartnershipNetwork }>(NETWORK_QUERY, {
    filter: filterToVariables(filter),
  });
  return data.partnershipNetwork;
}

/** The options of the country, funding-source and policy-area filters, from the list fields. */
export async function fetchFilterChoices(): Promise<FilterChoices> {
  const [countries, fundingSources, policyAreas] = await Promise.all([
    allChoices(COUNTRIES_QUERY),
    allChoices(FUNDING_SOURCES_QUERY),
    allChoices(POLICY_AREAS_QUERY),
  ]);
  return { countries, fundingSources, policyAreas };
}

/** Projects whose name, acronym or code contains the text (the `projects` list field). */
export async function fetchProjectChoices(text: string): Promise<Choice[]> {
  const data = await graphqlRequest<{
    projects: { nodes: Array<{ id: string; name: string; code: string | null }> };
  }>(PROJECT_CHOICES_QUERY, { text });
  return data.projects.nodes.map((project) => ({
    id: project.id,
    label: project.code ? `${project.code} ${project.name}` : project.name,
  }));
}

/** The display name of a project id (for filters read from the address). */
export async function fetchProjectChoice(id: string): Promise<Choice> {
  const data = await graphqlRequest<{
    project: { id: string; name: string; code: string | null } | null;
  }>(PROJECT_NAME_QUERY, { id });
  const project = data.project;
  if (!project) return { id, label: id };
  return { id, label: project.code ? `${project.code} ${project.name}` : project.name };
}

/** Organisations and projects matching the text, best first (`search`). */
export async function searchEntities(text: string): Promise<SearchHit[]> {
  const data = await graphqlRequest<{ search: SearchHit[] }>(SEARCH_QUERY, { text });
  return data.search;
}

/** An organisation with its projects and roles, provenance and heaviest co-partners. */
export async function fetchOrganisation(
  id: string,
): Promise<{ organisation: OrganisationDetails | null; coPartners: CoPartner[] }> {
  return graphqlRequest(ORGANISATION_QUERY, { id });
}

/** A project with its partners and roles, funding, dates and provenance. */
export async function fetchProject(id: string): Promise<ProjectDetails | null> {
  const data = await graphqlRequest<{ project: ProjectDetails | null }>(PROJECT_QUERY, { id });
  return data.project;
}

/** The shortest chain between two organisations (`connection`), or null. */
export async function fetchConnection(
  fromId: string,
  toId: string,
): Promise<PartnershipPath | null> {
  const data = await graphqlRequest<{ connection: PartnershipPath | null }>(CONNECTION_QUERY, {
    fromId,
    toId,
  });
  return data.connection;
}
