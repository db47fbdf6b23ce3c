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

/** What a loader is built from: the request's graph client and the batching choice. */
class LoaderFactory {
  constructor(
    readonly graph: GraphClient,
    readonly options: LoaderOptions,
  ) {}

  /** One entity (or null) per key. */
  entity<T extends object>(
    statement: StatementName,
    model: ModelClass,
  ): DataLoader<string, T | null> {
    return new DataLoader(
      keyedBatch<T, null>(this.graph, statement, null, {}, model),
      this.options,
    );
  }

  /** A list (possibly empty) per key. */
  list<T extends object>(statement: StatementName, model: ModelClass): DataLoader<string, T[]> {
    return new DataLoader(keyedBatch<T[], T[]>(this.graph, statement, [], {}, model), this.options);
  }
}

/**
 * The per-request DataLoaders, by name. Each batches the keys asked for in
 * one tick of GraphQL execution into a single statement (`UNWIND $keys`), so
 * a query costs as many round trips as it has levels, not as many as it has
 * rows. They are created per request, so no cache outlives it.
 */
const LOADERS = {
  organisationById: (make) =>
    make.entity<Organisation>('queries/organisations-by-ids', Organisation),
  projectById: (make) => make.entity<Project>('queries/projects-by-ids', Project),
  countryByCode: (make) => make.entity<Country>('queries/countries-by-codes', Country),
  fundingSourceById: (make) =>
    make.entity<FundingSource>('queries/funding-sources-by-ids', FundingSource),
  regionById: (make) => make.entity<Region>('queries/regions-by-ids', Region),
  policyAreaById: (make) => make.entity<PolicyArea>('queries/policy-areas-by-ids', PolicyArea),
  programmeById: (make) => make.entity<Programme>('queries/programmes-by-ids', Programme),
  topicById: (make) => make.entity<Topic>('queries/topics-by-ids', Topic),
  taskById: (make) => make.entity<Task>('queries/tasks-by-ids', Task),
  eventById: (make) => make.entity<Event>('queries/events-by-ids', Event),
  documentById: (make) => make.entity<Document>('queries/documents-by-ids', Document),
  personById: (make) => make.entity<Person>('queries/people-by-ids', Person),
  sourceById: (make) => make.entity<Source>('queries/sources-by-ids', Source),
  resolutionById: (make) => make.entity<Resolution>('queries/resolutions-by-ids', Resolution),
  duplicateCandidateById: (make) =>
    make.entity<DuplicateCandidate>('queries/duplicate-candidates-by-ids', DuplicateCandidate),

  /** Keys are "Label|id" (countries "Country|code"). */
  sourcesByNode: (make) => make.list<Citation>('queries/node-sources-by-keys', Citation),
  resolutionsByEntity: (make) =>
    make.list<Resolution>('queries/resolutions-by-entity-ids', Resolution),
  identifiersOfOrganisation: (make) =>
    make.list<Identifier>('queries/organisation-identifiers-by-ids', Identifier),
  identifiersOfFundingSource: (make) =>
    make.list<Identifier>('queries/funding-source-identifiers-by-ids', Identifier),

  unitsOfOrganisation: (make) =>
    make.list<Organisation>('queries/organisation-units-by-ids', Organisation),
  parentsOfOrganisation: (make) =>
    make.list<Organisation>('queries/organisation-parents-by-ids', Organisation),
  peopleOfOrganisation: (make) => make.list<Person>('queries/organisation-people-by-ids', Person),
  tasksLedByOrganisation: (make) => make.list<Task>('queries/organisation-led-tasks-by-ids', Task),
  bodiesOfMember: (make) =>
    make.list<Organisation>('queries/organisation-memberships-by-ids', Organisation),
  membersOfBody: (make) =>
    make.list<Organisation>('queries/organisation-members-by-ids', Organisation),
  memberCountriesOfBody: (make) =>
    make.list<Country>('queries/organisation-member-countries-by-ids', Country),
  coordinationsByOrganisation: (make) =>
    make.list<Coordination>('queries/coordinations-by-organisation-ids', Coordination),

  followUpOf: (make) => make.list<Project>('queries/project-follow-up-of-by-ids', Project),
  followUps: (make) => make.list<Project>('queries/project-follow-ups-by-ids', Project),
  componentOf: (make) => make.list<Project>('queries/project-component-of-by-ids', Project),
  components: (make) => make.list<Project>('queries/project-components-by-ids', Project),
  policyAreasOfProject: (make) =>
    make.list<PolicyArea>('queries/project-policy-areas-by-ids', PolicyArea),
  programmesOfProject: (make) =>
    make.list<Programme>('queries/project-programmes-by-ids', Programme),
  frameworksOfProject: (make) =>
    make.list<Programme>('queries/project-frameworks-by-ids', Programme),
  policyAreasGovernedBy: (make) =>
    make.list<PolicyArea>('queries/organisation-governed-areas-by-ids', PolicyArea),
  governorsOfPolicyArea: (make) =>
    make.list<Organisation>('queries/policy-area-governors-by-ids', Organisation),
  countriesOfProject: (make) => make.list<Country>('queries/project-countries-by-ids', Country),
  regionsOfProject: (make) => make.list<Region>('queries/project-regions-by-ids', Region),
  topicsOfProject: (make) => make.list<Topic>('queries/project-topics-by-ids', Topic),
  topicsOfPolicyArea: (make) => make.list<Topic>('queries/policy-area-topics-by-ids', Topic),
  tasksOfProject: (make) => make.list<Task>('queries/project-tasks-by-ids', Task),
  documentsOfProject: (make) => make.list<Document>('queries/project-documents-by-ids', Document),
  eventsOfProject: (make) => make.list<Event>('queries/project-events-by-ids', Event),
  fundingOfProject: (make) => make.list<Funding>('queries/project-funding-by-ids', Funding),

  countriesOfRegion: (make) => make.list<Country>('queries/region-countries-by-ids', Country),
  regionsOfCountry: (make) => make.list<Region>('queries/country-regions-by-codes', Region),

  successorsOfPolicyArea: (make) =>
    make.list<PolicyArea>('queries/policy-area-successors-by-ids', PolicyArea),
  predecessorsOfPolicyArea: (make) =>
    make.list<PolicyArea>('queries/policy-area-predecessors-by-ids', PolicyArea),
  programmesOfPolicyArea: (make) =>
    make.list<Programme>('queries/policy-area-programmes-by-ids', Programme),
  coordinationsOfPolicyArea: (make) =>
    make.list<Coordination>('queries/coordinations-by-policy-area-ids', Coordination),
  fundingOfPolicyArea: (make) => make.list<Funding>('queries/policy-area-funding-by-ids', Funding),
  policyAreasOfProgramme: (make) =>
    make.list<PolicyArea>('queries/programme-policy-areas-by-ids', PolicyArea),

  providersOfFundingSource: (make) =>
    make.list<Organisation>('queries/funding-source-providers-by-ids', Organisation),
  parentsOfFundingSource: (make) =>
    make.list<FundingSource>('queries/funding-source-parents-by-ids', FundingSource),
  partsOfFundingSource: (make) =>
    make.list<FundingSource>('queries/funding-source-parts-by-ids', FundingSource),

  leadersOfTask: (make) => make.list<Organisation>('queries/task-leaders-by-ids', Organisation),
  projectsOfTask: (make) => make.list<Project>('queries/task-projects-by-ids', Project),
  documentsOfTask: (make) => make.list<Document>('queries/task-documents-by-ids', Document),
  projectsOfDocument: (make) => make.list<Project>('queries/document-projects-by-ids', Project),
  tasksOfDocument: (make) => make.list<Task>('queries/document-tasks-by-ids', Task),
  projectsOfEvent: (make) => make.list<Project>('queries/event-projects-by-ids', Project),
  countriesOfEvent: (make) => make.list<Country>('queries/event-countries-by-ids', Country),
  organisationsOfPerson: (make) =>
    make.list<Organisation>('queries/person-organisations-by-ids', Organisation),

  graphTotals: (make) => graphTotalsLoader(make.graph, make.options),

  /**
   * Paginated nested lists (participations, a country's organisations …).
   * Participations and grants decode their own items (see `PageProjection`).
   */
  pages: (make) =>
    new PagedLoaders(make.graph, make.options, {
      'queries/country-organisations-by-codes': Organisation,
      'queries/country-implemented-projects-by-codes': Project,
      'queries/country-partner-projects-by-codes': Project,
      'queries/policy-area-projects-by-ids': Project,
      'queries/programme-projects-by-ids': Project,
      'queries/region-projects-by-ids': Project,
      'queries/topic-projects-by-ids': Project,
    }),
} satisfies Record<string, (make: LoaderFactory) => unknown>;

export type Loaders = {
  readonly [Name in keyof typeof LOADERS]: ReturnType<(typeof LOADERS)[Name]>;
};

/** Where a request's loaders keep their factory: a symbol, so no loader name can collide with it. */
const FACTORY = Symbol('loader factory');

/**
 * A request's loaders, each built the first time the request asks for it: a
 * request reads a handful of the several dozen, and building them all cost
 * every request that used one of them about 10 µs of CPU and their garbage.
 * The getters sit on the prototype, made once; the first read of a name
 * replaces its getter on the instance by the loader itself.
 */
class LazyLoaders {
  readonly [FACTORY]: LoaderFactory;

  constructor(factory: LoaderFactory) {
    this[FACTORY] = factory;
  }
}
for (const [name, build] of Object.entries(LOADERS) as [
  string,
  (make: LoaderFactory) => unknown,
][]) {
  Object.defineProperty(LazyLoaders.prototype, name, {
    get(this: LazyLoaders) {
      const value = build(this[FACTORY]);
      Object.defineProperty(this, name, { value, enumerable: true });
      return value;
    },
  });
}

/** The loaders of one request (see `LOADERS`), built on first use. */
export function createLoaders(
  graph: GraphClient,
  options: LoaderOptions = { batch: true },
): Loaders {
  return new LazyLoaders(new LoaderFactory(graph, options)) as unknown as Loaders;
}
