import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { authChecker } from './auth/auth-checker.js';
import { SCHEMA_FILE } from './schema-file.js';
import { validateInput } from './validate-input.js';
import { OrganisationCurationResolver } from './resolvers/curation/organisation-curation.resolver.js';
import { ProjectCurationResolver } from './resolvers/curation/project-curation.resolver.js';
import { FundingSourceCurationResolver } from './resolvers/curation/funding-source-curation.resolver.js';
import { ParticipationCurationResolver } from './resolvers/curation/participation-curation.resolver.js';
import { FundingCurationResolver } from './resolvers/curation/funding-curation.resolver.js';
import { MergeCurationResolver } from './resolvers/curation/merge-curation.resolver.js';
import { IdentityCurationResolver } from './resolvers/curation/identity-curation.resolver.js';
import { IdentityResolver } from './resolvers/identity/identity.resolver.js';
import { FundingSourceIdentifiersResolver } from './resolvers/identity/funding-source-identifiers.resolver.js';
import { FundingSourceIdentityCurationResolver } from './resolvers/curation/funding-source-identity-curation.resolver.js';
import { AggregateResolver } from './resolvers/aggregate.resolver.js';
import { CitationResolver } from './resolvers/citation.resolver.js';
import { CoordinationResolver } from './resolvers/coordination.resolver.js';
import { ConnectionsResolver } from './resolvers/connections.resolver.js';
import { CountryResolver } from './resolvers/country.resolver.js';
import { DocumentResolver } from './resolvers/document.resolver.js';
import { EventResolver } from './resolvers/event.resolver.js';
import { FundingSourceResolver } from './resolvers/funding-source.resolver.js';
import { FundingResolver } from './resolvers/funding.resolver.js';
import { NamedEntityListsResolver } from './resolvers/named-entity-lists.resolver.js';
import { NetworkResolver } from './resolvers/network.resolver.js';
import { NodeResolver } from './resolvers/node.resolver.js';
import { GroupedNetworkResolver } from './resolvers/grouped-network.resolver.js';
import { NetworkAnalyticsResolver } from './resolvers/network-analytics.resolver.js';
import { NetworkEvolutionResolver } from './resolvers/network-evolution.resolver.js';
import { NetworkNodeMetricsResolver } from './resolvers/network-node-metrics.resolver.js';
import { OrganisationNetworkMetricsResolver } from './resolvers/organisation-network-metrics.resolver.js';
import { OrganisationResolver } from './resolvers/organisation.resolver.js';
import { ParticipationResolver } from './resolvers/participation.resolver.js';
import { PartnershipResolver } from './resolvers/partnership.resolver.js';
import { PersonResolver } from './resolvers/person.resolver.js';
import { PolicyAreaResolver } from './resolvers/policy-area.resolver.js';
import { ProgrammeResolver } from './resolvers/programme.resolver.js';
import { ProjectResolver } from './resolvers/project.resolver.js';
import { RegionResolver } from './resolvers/region.resolver.js';
import { SearchResolver } from './resolvers/search.resolver.js';
import { TaskResolver } from './resolvers/task.resolver.js';
import { TopicResolver } from './resolvers/topic.resolver.js';
import { ProvenanceResolver } from './resolvers/provenance.resolver.js';
import {
  PolicyAreaResolutionsResolver,
  ProgrammeResolutionsResolver,
  ProjectResolutionsResolver,
  RegionResolutionsResolver,
  TopicResolutionsResolver,
} from './resolvers/entity-resolutions.resolver.js';
import {
  OrganisationGovernanceResolver,
  PolicyAreaGovernanceResolver,
  ProjectFrameworksResolver,
} from './resolvers/frameworks-and-governance.resolver.js';

export const RESOLVERS = [
  AggregateResolver,
  CitationResolver,
  CoordinationResolver,
  ConnectionsResolver,
  CountryResolver,
  DocumentResolver,
  EventResolver,
  FundingSourceResolver,
  FundingResolver,
  NamedEntityListsResolver,
  NetworkResolver,
  NodeResolver,
  GroupedNetworkResolver,
  NetworkAnalyticsResolver,
  NetworkEvolutionResolver,
  NetworkNodeMetricsResolver,
  OrganisationNetworkMetricsResolver,
  OrganisationResolver,
  ParticipationResolver,
  PartnershipResolver,
  PersonResolver,
  PolicyAreaResolver,
  ProgrammeResolver,
  ProjectResolver,
  RegionResolver,
  SearchResolver,
  TaskResolver,
  TopicResolver,
  ProvenanceResolver,
  ProjectResolutionsResolver,
  ProgrammeResolutionsResolver,
  PolicyAreaResolutionsResolver,
  RegionResolutionsResolver,
  TopicResolutionsResolver,
  ProjectFrameworksResolver,
  OrganisationGovernanceResolver,
  PolicyAreaGovernanceResolver,
  OrganisationCurationResolver,
  ProjectCurationResolver,
  FundingSourceCurationResolver,
  ParticipationCurationResolver,
  FundingCurationResolver,
  MergeCurationResolver,
  IdentityResolver,
  IdentityCurationResolver,
  FundingSourceIdentifiersResolver,
  FundingSourceIdentityCurationResolver,
] as const;

/**
 * Builds the executable schema from the type-graphql classes. With `emit`,
 * also writes the SDL to schema/schema.graphql (the committed contract; a test
 * fails when code and file disagree).
 */
export async function buildGraphQLSchema(options: { emit?: boolean } = {}): Promise<GraphQLSchema> {
  resolvePlainFieldsDirectly();
  return buildSchema({
    resolvers: RESOLVERS,
    // Fields are sorted so the emitted file diffs cleanly.
    emitSchemaFile: options.emit ? { path: SCHEMA_FILE, sortedSchema: true } : false,
    authChecker,
    // Input classes carry class-validator rules; failures become BAD_USER_INPUT naming the fields.
    validateFn: validateInput,
  });
}

/**
 * A field that only reads the property of the same name on its parent is
 * resolved by graphql-js's default resolver rather than through
 * type-graphql's wrapper, which builds a resolver-data object and dispatches
 * an (empty) middleware chain for every field of every row: measurable on
 * pages of thousands of rows. That is what `@Field({ simple: true })` does,
 * applied here to every field for which the two return the same: no
 * `@Authorized` or `@UseMiddleware` on the field or its class, and the same
 * name in the schema as in the class (the default resolver reads the
 * schema's name). Field resolvers are unaffected (type-graphql uses them
 * whatever `simple` says), and so are fields that already say `simple`.
 * The schema has no global middlewares (`buildSchema` gets none).
 */
export function resolvePlainFieldsDirectly(): void {
  const storage = getMetadataStorage();
  // Classes as type-graphql's metadata holds them.
  type Target = (typeof storage.fields)[number]['target'];
  const guardedClasses = new Set<Target>([
    ...storage.authorizedResolver.map((entry) => entry.target),
    ...storage.resolverMiddlewares.map((entry) => entry.target),
  ]);
  const guardedFields = new Map<Target, Set<string>>();
  for (const entry of [...storage.authorizedFields, ...storage.middlewares]) {
    const names = guardedFields.get(entry.target) ?? new Set<string>();
    names.add(entry.fieldName);
    guardedFields.set(entry.target, names);
  }
  for (const field of storage.fields) {
    if (field.simple !== undefined || field.schemaName !== field.name) continue;
    if (guardedClasses.has(field.target) || guardedFields.get(field.target)?.has(field.name))
      continue;
    field.simple = true;
  }
}
