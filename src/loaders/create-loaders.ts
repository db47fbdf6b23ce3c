// The model classes are values here (loaded objects become their instances), so their decorators run.
import type { StatementName } from '../graph/statement-names.js';
import 'reflect-metadata';
import DataLoader from 'dataloader';
import type { GraphClient } from '../graph/graph-client.js';
import { Citation } from '../model/citation.type.js';
import { Coordination } from '../model/coordination.type.js';
import { Country } from '../model/country.type.js';
import { Document } from '../model/document.type.js';
import { DuplicateCandidate } from '../model/duplicate-candidate.type.js';
import { Event } from '../model/event.type.js';
import { Funding } from '../model/funding.type.js';
import { Identifier } from '../model/identifier.type.js';
import { FundingSource } from '../model/funding-source.type.js';
import { Organisation } from '../model/organisation.type.js';
import { Person } from '../model/person.type.js';
import { PolicyArea } from '../model/policy-area.type.js';
import { Programme } from '../model/programme.type.js';
import { Project } from '../model/project.type.js';
import { Region } from '../model/region.type.js';
import { Resolution } from '../model/resolution.type.js';
import { Source } from '../model/source.type.js';
import { Task } from '../model/task.type.js';
import { Topic } from '../model/topic.type.js';
import type { ModelClass } from './adopt-model.js';
import { graphTotalsLoader } from './graph-totals-loader.js';
import { keyedBatch } from './keyed-batch.js';
import { PagedLoaders } from '../pages/paged-loaders.js';

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
  const entity = <T extends object>(statement: StatementName, model: ModelClass) =>
    new DataLoader<string, T | null>(
      keyedBatch<T, null>(graph, statement, null, {}, model),
      dataLoaderOptions,
    );
  // A list (possibly empty) per key.
  const list = <T extends object>(statement: StatementName, model: ModelClass) =>
    new DataLoader<string, T[]>(
      keyedBatch<T[], T[]>(graph, statement, [], {}, model),
      dataLoaderOptions,
    );

  return {
    organisationById: entity<Organisation>('queries/organisations-by-ids', Organisation),
    projectById: entity<Project>('queries/projects-by-ids', Project),
    countryByCode: entity<Country>('queries/countries-by-codes', Country),
    fundingSourceById: entity<FundingSource>('queries/funding-sources-by-ids', FundingSource),
    regionById: entity<Region>('queries/regions-by-ids', Region),
    policyAreaById: entity<PolicyArea>('queries/policy-areas-by-ids', PolicyArea),
    programmeById: entity<Programme>('queries/programmes-by-ids', Programme),
    topicById: entity<Topic>('queries/topics-by-ids', Topic),
    taskById: entity<Task>('queries/tasks-by-ids', Task),
    eventById: entity<Event>('queries/events-by-ids', Event),
    documentById: entity<Document>('queries/documents-by-ids', Document),
    personById: entity<Person>('queries/people-by-ids', Person),
    sourceById: entity<Source>('queries/sources-by-ids', Source),
    resolutionById: entity<Resolution>('queries/resolutions-by-ids', Resolution),
    duplicateCandidateById: entity<DuplicateCandidate>(
      'queries/duplicate-candidates-by-ids',
      DuplicateCandidate,
    ),

    /** Keys are "Label|id" (countries "Country|code"). */
    sourcesByNode: list<Citation>('queries/node-sources-by-keys', Citation),
    resolutionsByEntity: list<Resolution>('queries/resolutions-by-entity-ids', Resolution),
    identifiersOfOrganisation: list<Identifier>(
      'queries/organisation-identifiers-by-ids',
      Identifier,
    ),
    identifiersOfFundingSource: list<Identifier>(
      'queries/funding-source-identifiers-by-ids',
      Identifier,
    ),

    unitsOfOrganisation: list<Organisation>('queries/organisation-units-by-ids', Organisation),
    parentsOfOrganisation: list<Organisation>('queries/organisation-parents-by-ids', Organisation),
    peopleOfOrganisation: list<Person>('queries/organisation-people-by-ids', Person),
    tasksLedByOrganisation: list<Task>('queries/organisation-led-tasks-by-ids', Task),
    bodiesOfMember: list<Organisation>('queries/organisation-memberships-by-ids', Organisation),
    membersOfBody: list<Organisation>('queries/organisation-members-by-ids', Organisation),
    memberCountriesOfBody: list<Country>('queries/organisation-member-countries-by-ids', Country),
    coordinationsByOrganisation: list<Coordination>(
      'queries/coordinations-by-organisation-ids',
      Coordination,
    ),

    followUpOf: list<Project>('queries/project-follow-up-of-by-ids', Project),
    followUps: list<Project>('queries/project-follow-ups-by-ids', Project),
    componentOf: list<Project>('queries/project-component-of-by-ids', Project),
    components: list<Project>('queries/project-components-by-ids', Project),
    policyAreasOfProject: list<PolicyArea>('queries/project-policy-areas-by-ids', PolicyArea),
    programmesOfProject: list<Programme>('queries/project-programmes-by-ids', Programme),
    frameworksOfProject: list<Programme>('queries/project-frameworks-by-ids', Programme),
    policyAreasGovernedBy: list<PolicyArea>(
      'queries/organisation-governed-areas-by-ids',
      PolicyArea,
    ),
    governorsOfPolicyArea: list<Organisation>('queries/policy-area-governors-by-ids', Organisation),
    countriesOfProject: list<Country>('queries/project-countries-by-ids', Country),
    regionsOfProject: list<Region>('queries/project-regions-by-ids', Region),
    topicsOfProject: list<Topic>('queries/project-topics-by-ids', Topic),
    topicsOfPolicyArea: list<Topic>('queries/policy-area-topics-by-ids', Topic),
    tasksOfProject: list<Task>('queries/project-tasks-by-ids', Task),
    documentsOfProject: list<Document>('queries/project-documents-by-ids', Document),
    eventsOfProject: list<Event>('queries/project-events-by-ids', Event),
    fundingOfProject: list<Funding>('queries/project-funding-by-ids', Funding),

    countriesOfRegion: list<Country>('queries/region-countries-by-ids', Country),
    regionsOfCountry: list<Region>('queries/country-regions-by-codes', Region),

    successorsOfPolicyArea: list<PolicyArea>('queries/policy-area-successors-by-ids', PolicyArea),
    predecessorsOfPolicyArea: list<PolicyArea>(
      'queries/policy-area-predecessors-by-ids',
      PolicyArea,
    ),
    programmesOfPolicyArea: list<Programme>('queries/policy-area-programmes-by-ids', Programme),
    coordinationsOfPolicyArea: list<Coordination>(
      'queries/coordinations-by-policy-area-ids',
      Coordination,
    ),
    fundingOfPolicyArea: list<Funding>('queries/policy-area-funding-by-ids', Funding),
    policyAreasOfProgramme: list<PolicyArea>('queries/programme-policy-areas-by-ids', PolicyArea),

    providersOfFundingSource: list<Organisation>(
      'queries/funding-source-providers-by-ids',
      Organisation,
    ),
    parentsOfFundingSource: list<FundingSource>(
      'queries/funding-source-parents-by-ids',
      FundingSource,
    ),
    partsOfFundingSource: list<FundingSource>('queries/funding-source-parts-by-ids', FundingSource),

    leadersOfTask: list<Organisation>('queries/task-leaders-by-ids', Organisation),
    projectsOfTask: list<Project>('queries/task-projects-by-ids', Project),
    documentsOfTask: list<Document>('queries/task-documents-by-ids', Document),
    projectsOfDocument: list<Project>('queries/document-projects-by-ids', Project),
    tasksOfDocument: list<Task>('queries/document-tasks-by-ids', Task),
    projectsOfEvent: list<Project>('queries/event-projects-by-ids', Project),
    countriesOfEvent: list<Country>('queries/event-countries-by-ids', Country),
    organisationsOfPerson: list<Organisation>('queries/person-organisations-by-ids', Organisation),

    graphTotals: graphTotalsLoader(graph, dataLoaderOptions),

    /**
     * Paginated nested lists (participations, a country's organisations …).
     * Participations and grants decode their own items (see `PageProjection`).
     */
    pages: new PagedLoaders(graph, dataLoaderOptions, {
      'queries/country-organisations-by-codes': Organisation,
      'queries/country-implemented-projects-by-codes': Project,
      'queries/country-partner-projects-by-codes': Project,
      'queries/policy-area-projects-by-ids': Project,
      'queries/programme-projects-by-ids': Project,
      'queries/region-projects-by-ids': Project,
      'queries/topic-projects-by-ids': Project,
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
