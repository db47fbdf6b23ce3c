import DataLoader from 'dataloader';
import type { GraphClient } from '../graph/graph-client.js';
import type { Citation } from '../model/citation.type.js';
import type { Coordination } from '../model/coordination.type.js';
import type { Country } from '../model/country.type.js';
import type { Document } from '../model/document.type.js';
import type { Event } from '../model/event.type.js';
import type { Funding } from '../model/funding.type.js';
import type { FundingSource } from '../model/funding-source.type.js';
import type { Organisation } from '../model/organisation.type.js';
import type { Person } from '../model/person.type.js';
import type { PolicyArea } from '../model/policy-area.type.js';
import type { Programme } from '../model/programme.type.js';
import type { Project } from '../model/project.type.js';
import type { Region } from '../model/region.type.js';
import type { Resolution } from '../model/resolution.type.js';
import type { Source } from '../model/source.type.js';
import type { Task } from '../model/task.type.js';
import type { Topic } from '../model/topic.type.js';
import { keyedBatch } from './keyed-batch.js';
import { PagedLoaders } from './paged-loaders.js';

/**
 * `batch: false` makes every loader query once per parent — the naive N+1
 * resolver, kept to measure what batching saves (tests and benchmarks).
 */
export interface LoaderOptions {
  batch: boolean;
}

/**
 * The per-request DataLoaders. Each batches the keys asked for in one tick of
 * GraphQL execution into a single statement (`UNWIND $keys`), so a query costs
 * as many round trips as it has levels, not as many as it has rows. They are
 * created per request, so no cache outlives it.
 */
export function createLoaders(graph: GraphClient, options: LoaderOptions = { batch: true }) {
  const dataLoaderOptions = { batch: options.batch };
  // One entity (or null) per key.
  const entity = <T>(statement: string) =>
    new DataLoader<string, T | null>(
      keyedBatch<T, null>(graph, statement, null),
      dataLoaderOptions,
    );
  // A list (possibly empty) per key.
  const list = <T>(statement: string) =>
    new DataLoader<string, T[]>(keyedBatch<T[], T[]>(graph, statement, []), dataLoaderOptions);

  return {
    organisationById: entity<Organisation>('queries/organisations-by-ids'),
    projectById: entity<Project>('queries/projects-by-ids'),
    countryByCode: entity<Country>('queries/countries-by-codes'),
    fundingSourceById: entity<FundingSource>('queries/funding-sources-by-ids'),
    regionById: entity<Region>('queries/regions-by-ids'),
    policyAreaById: entity<PolicyArea>('queries/policy-areas-by-ids'),
    programmeById: entity<Programme>('queries/programmes-by-ids'),
    topicById: entity<Topic>('queries/topics-by-ids'),
    taskById: entity<Task>('queries/tasks-by-ids'),
    eventById: entity<Event>('queries/events-by-ids'),
    documentById: entity<Document>('queries/documents-by-ids'),
    personById: entity<Person>('queries/people-by-ids'),
    sourceById: entity<Source>('queries/sources-by-ids'),

    /** Keys are "Label|id" (countries "Country|code"). */
    sourcesByNode: list<Citation>('queries/node-sources-by-keys'),
    resolutionsByEntity: list<Resolution>('queries/resolutions-by-entity-ids'),

    unitsOfOrganisation: list<Organisation>('queries/organisation-units-by-ids'),
    parentsOfOrganisation: list<Organisation>('queries/organisation-parents-by-ids'),
    peopleOfOrganisation: list<Person>('queries/organisation-people-by-ids'),
    tasksLedByOrganisation: list<Task>('queries/organisation-led-tasks-by-ids'),
    bodiesOfMember: list<Organisation>('queries/organisation-memberships-by-ids'),
    membersOfBody: list<Organisation>('queries/organisation-members-by-ids'),
    memberCountriesOfBody: list<Country>('queries/organisation-member-countries-by-ids'),
    coordinationsByOrganisation: list<Coordination>('queries/coordinations-by-organisation-ids'),

    followUpOf: list<Project>('queries/project-follow-up-of-by-ids'),
    followUps: list<Project>('queries/project-follow-ups-by-ids'),
    componentOf: list<Project>('queries/project-component-of-by-ids'),
    components: list<Project>('queries/project-components-by-ids'),
    policyAreasOfProject: list<PolicyArea>('queries/project-policy-areas-by-ids'),
    programmesOfProject: list<Programme>('queries/project-programmes-by-ids'),
    countriesOfProject: list<Country>('queries/project-countries-by-ids'),
    regionsOfProject: list<Region>('queries/project-regions-by-ids'),
    topicsOfProject: list<Topic>('queries/project-topics-by-ids'),
    tasksOfProject: list<Task>('queries/project-tasks-by-ids'),
    documentsOfProject: list<Document>('queries/project-documents-by-ids'),
    eventsOfProject: list<Event>('queries/project-events-by-ids'),
    fundingOfProject: list<Funding>('queries/project-funding-by-ids'),

    countriesOfRegion: list<Country>('queries/region-countries-by-ids'),
    regionsOfCountry: list<Region>('queries/country-regions-by-codes'),

    successorsOfPolicyArea: list<PolicyArea>('queries/policy-area-successors-by-ids'),
    predecessorsOfPolicyArea: list<PolicyArea>('queries/policy-area-predecessors-by-ids'),
    programmesOfPolicyArea: list<Programme>('queries/policy-area-programmes-by-ids'),
    coordinationsOfPolicyArea: list<Coordination>('queries/coordinations-by-policy-area-ids'),
    fundingOfPolicyArea: list<Funding>('queries/policy-area-funding-by-ids'),
    policyAreasOfProgramme: list<PolicyArea>('queries/programme-policy-areas-by-ids'),

    providersOfFundingSource: list<Organisation>('queries/funding-source-providers-by-ids'),
    parentsOfFundingSource: list<FundingSource>('queries/funding-source-parents-by-ids'),
    partsOfFundingSource: list<FundingSource>('queries/funding-source-parts-by-ids'),

    leadersOfTask: list<Organisation>('queries/task-leaders-by-ids'),
    projectsOfTask: list<Project>('queries/task-projects-by-ids'),
    documentsOfTask: list<Document>('queries/task-documents-by-ids'),
    projectsOfDocument: list<Project>('queries/document-projects-by-ids'),
    tasksOfDocument: list<Task>('queries/document-tasks-by-ids'),
    projectsOfEvent: list<Project>('queries/event-projects-by-ids'),
    countriesOfEvent: list<Country>('queries/event-countries-by-ids'),
    organisationsOfPerson: list<Organisation>('queries/person-organisations-by-ids'),

    /** Paginated nested lists (participations, a country's organisations …). */
    pages: new PagedLoaders(graph, dataLoaderOptions),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
