/**
 * How many rows a list field without a `first` argument can return, for the
 * cost estimate. Fields that take `first` are costed by its value (see
 * query-analysis.ts); the `nodes`/`edges` of a connection are counted by the
 * connection field's `first`, so they count once here.
 *
 * Three kinds of bound, each stated where it comes from:
 * - enforced: the API cuts the list there (maxEdges, maxHops, the enum size);
 * - per argument: the list grows with what the caller asked for (project ids);
 * - curated: a relation the API does not cut, with a figure well above what
 *   one body, project or policy area has in the curated and CORDIS data. The
 *   response is what it is; the figure only keeps nested lists honest in the
 *   estimate (ten units of each of ten members of each of …).
 */

/** What a bound may depend on besides the field itself. */
export interface BoundInputs {
  /** The field's arguments, coerced (defaults applied, variables substituted). */
  args: Readonly<Record<string, unknown>>;
  /** The largest `maxEdges` any `partnershipNetwork` of the document asks for. */
  networkMaxEdges: number;
}

export type ListBound = number | ((inputs: BoundInputs) => number);

/** Rows assumed for a list field missing from LIST_BOUNDS (a new field should get its own entry). */
export const FALLBACK_LIST_ROWS = 100;

/** Longest chain `connection` returns (its `maxHops` is 1–6, checked by the resolver). */
const MAX_HOPS = 6;
/** Most global ids one `nodes(ids:)` takes (the resolver refuses more with BAD_USER_INPUT). */
export const MAX_NODE_IDS = 100;
/** Partners assumed per project when a list grows with the projects asked about. */
const PARTNERS_PER_PROJECT = 60;
/** Curated relations: citations of one fact, relations of one entity. */
const CITATIONS = 10;

const sizeOf = (value: unknown): number => (Array.isArray(value) ? value.length : 1);

export const LIST_BOUNDS: Readonly<Record<string, ListBound>> = {
  // Enforced by the API.
  'PartnershipNetwork.edges': ({ networkMaxEdges }) => networkMaxEdges,
  // Every organisation of a kept edge: at most two per edge.
  'PartnershipNetwork.nodes': ({ networkMaxEdges }) => 2 * networkMaxEdges,
  'Query.connections': ({ args }) => (typeof args.first === 'number' ? args.first : 20),
  // One entry (or null) per id asked for.
  'Query.nodes': ({ args }) => Math.min(sizeOf(args.ids), MAX_NODE_IDS),
  // One per node.
  'PartnershipNetwork.nodeMetrics': ({ networkMaxEdges }) => 2 * networkMaxEdges,
  'PartnershipPath.organisations': MAX_HOPS + 1,
  'PartnershipPath.projects': MAX_HOPS,
  'PartnershipPath.steps': MAX_HOPS,
  // Network analytics: cut by the resolver (per community) or by MAX_PERIODS and the risers kept.
  'NetworkCommunity.topMembers': 10,
  'NetworkCommunity.countries': 10,
  'NetworkCommunity.funders': 10,
  // Aggregated views: members listed per group (groups and their ties are cut by `first`).
  'NetworkGroup.topMembers': 5,
  'NetworkEvolution.periods': 100,
  'EvolutionPeriod.risers': 5,
  // One bucket per country (ISO 3166-1), funder, policy area, role or year.
  'Query.aggregate': 250,
  // Citations of the edges of one type between two entities (several roles at most).
  'Query.provenance': 3 * CITATIONS,

  // Grows with the arguments.
  'Query.sharedPartners': ({ args }) => PARTNERS_PER_PROJECT * sizeOf(args.projectIds),
  'SharedPartner.participations': 20,
  'CoPartner.sharedProjects': 50,

  // Counted by the connection field's `first`.
  'CountryConnection.edges': 1,
  'DocumentConnection.edges': 1,
  'DocumentConnection.nodes': 1,
  'EventConnection.edges': 1,
  'EventConnection.nodes': 1,
  'DuplicateCandidateConnection.edges': 1,
  'DuplicateCandidateConnection.nodes': 1,
  'CountryConnection.nodes': 1,
  'FundingConnection.edges': 1,
  'FundingConnection.nodes': 1,
  'FundingSourceConnection.edges': 1,
  'FundingSourceConnection.nodes': 1,
  'OrganisationConnection.edges': 1,
  'OrganisationConnection.nodes': 1,
  'ParticipationConnection.edges': 1,
  'ParticipationConnection.nodes': 1,
  'PersonConnection.edges': 1,
  'PersonConnection.nodes': 1,
  'PolicyAreaConnection.edges': 1,
  'PolicyAreaConnection.nodes': 1,
  'ProgrammeConnection.edges': 1,
  'ProgrammeConnection.nodes': 1,
  'ProjectConnection.edges': 1,
  'ProjectConnection.nodes': 1,
  'RegionConnection.edges': 1,
  'RegionConnection.nodes': 1,
  'TopicConnection.edges': 1,
  'TopicConnection.nodes': 1,

  // Curated relations.
  'Coordination.sources': CITATIONS,
  'Country.regions': 10,
  'Country.sources': CITATIONS,
  'Document.sources': CITATIONS,
  'Event.sources': CITATIONS,
  'Funding.sources': CITATIONS,
  // Identifiers: as an organisation's.
  'FundingSource.identifiers': 20,
  'FundingSource.parts': 30,
  'FundingSource.resolutions': 10,
  'FundingSource.sources': CITATIONS,
  'Organisation.coordinates': 10,
  // Identifiers: one or two per registry (a PIC, a VAT number, programme ids); imports carry at most 20.
  'Organisation.identifiers': 20,
  'Organisation.governs': 10,
  'Organisation.ledTasks': 20,
  'Organisation.memberCountries': 50,
  'Organisation.memberOf': 20,
  'Organisation.members': 100,
  'Organisation.people': 20,
  'Organisation.resolutions': 10,
  'Organisation.sources': CITATIONS,
  'Organisation.units': 30,
  'Participation.sources': CITATIONS,
  'Person.sources': CITATIONS,
  'PolicyArea.coordinations': 10,
  'PolicyArea.funding': 20,
  'PolicyArea.governedBy': 10,
  'PolicyArea.resolutions': 10,
  'PolicyArea.predecessors': 5,
  'PolicyArea.sources': CITATIONS,
  'PolicyArea.topics': 30,
  'Programme.policyAreas': 30,
  'Programme.resolutions': 10,
  'Programme.sources': CITATIONS,
  'Project.components': 20,
  'Project.countries': 50,
  'Project.documents': 30,
  'Project.events': 30,
  'Project.followUpOf': 10,
  'Project.followUps': 10,
  'Project.frameworks': 10,
  'Project.funding': 20,
  'Project.policyAreas': 10,
  'Project.programmes': 10,
  'Project.regions': 10,
  'Project.resolutions': 10,
  'Project.sources': CITATIONS,
  'Project.tasks': 30,
  'Project.topics': 30,
  'Region.countries': 50,
  'Region.resolutions': 10,
  'Region.sources': CITATIONS,
  'Resolution.sources': CITATIONS,
  'Query.resolutions': 20,
  'Task.documents': 20,
  'Task.leaders': 10,
  'Task.sources': CITATIONS,
  'Topic.resolutions': 10,
  'Topic.sources': CITATIONS,
};

/** The bound of `Type.field`, or undefined when the table has none. */
export function listBound(
  typeName: string,
  fieldName: string,
  inputs: BoundInputs,
): number | undefined {
  const bound = LIST_BOUNDS[`${typeName}.${fieldName}`];
  return typeof bound === 'function' ? bound(inputs) : bound;
}
