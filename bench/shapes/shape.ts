import type { SystemName } from '../systems/system-name.js';

/** One HTTP request of a shape for one system: a POST of a JSON body. */
export interface ShapeRequest {
  path: string;
  body: Record<string, unknown>;
}

/** The ids a run's shapes ask about, picked from the loaded dataset. */
export interface Fixtures {
  hubOrganisationId: string;
  /** Two and five projects the hub shares with its heaviest co-partner. */
  twoProjectIds: string[];
  fiveProjectIds: string[];
  /** A funder of at most one page (100) of projects, the largest such. */
  funderId: string;
  /** Two organisations far apart in the partnership network, and how far. */
  farFromId: string;
  farToId: string;
  farHops: number | null;
}

/**
 * A question every system answers: the request each one gets, and how its
 * answer is brought into one comparable form (ours: the `data` of our API,
 * with lists a system cannot order sorted).
 */
export interface Shape {
  name: string;
  title: string;
  /** Nested shapes are held to 0.6× the floor's throughput. */
  nested: boolean;
  /** Levels of the query that read the database: our round trips per request should equal this. */
  levels: number;
  /** The request for a system; undefined for a system that cannot answer it. */
  request(system: SystemName): ShapeRequest | undefined;
  /** The answer's `data` in the comparable form. */
  canonical(system: SystemName, data: unknown): unknown;
}

/** A GraphQL POST to /graphql. */
export function graphqlRequest(query: string, variables: Record<string, unknown>): ShapeRequest {
  return { path: '/graphql', body: { query, variables } };
}

/** A POST of the parameters to the floor's route for a shape. */
export function floorRequest(shape: string, params: Record<string, unknown>): ShapeRequest {
  return { path: `/shape/${shape}`, body: params };
}

/**
 * The request of a shape with a floor statement: the floor's route, the
 * library's document, or ours (also the bare stack's, which runs the
 * floor's statement behind our SDL); the variables are the parameters.
 */
export function requestFor(
  system: SystemName,
  floorShape: string,
  documents: { ours: string; neo4jGraphql: string },
  variables: Record<string, unknown>,
): ShapeRequest {
  if (system === 'floor') return floorRequest(floorShape, variables);
  if (system === 'neo4j-graphql') return graphqlRequest(documents.neo4jGraphql, variables);
  const request = graphqlRequest(documents.ours, variables);
  return system === 'bare' ? { ...request, path: `/graphql?floor=${floorShape}` } : request;
}

/** A loosely typed view of JSON, for the converters. */
export type Json = Record<string, unknown>;

export function obj(value: unknown): Json {
  return value !== null && typeof value === 'object' ? (value as Json) : {};
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** `lead partner` -> `LEAD_PARTNER`: how our API spells a role the database stores in words. */
export function roleEnum(value: unknown): string {
  return String(value).toUpperCase().replace(/ /g, '_');
}

/** A copy of a list sorted by a key, for lists whose order a system cannot control. */
export function sortedBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
}

/** Our service's request for a shape: ours answers every shape. */
export function oursRequest(shape: Shape): ShapeRequest {
  const request = shape.request('ours');
  if (!request) throw new Error(`shape ${shape.name} has no request for our service`);
  return request;
}
