import type DataLoader from 'dataloader';
import type { Loaders } from '../loaders/create-loaders.js';

/** How one type of node is found by its key: the property that holds the key, and its loader. */
export interface NodeType {
  /** The property a global id carries after the type name (`id`, or a country's `code`). */
  readonly key: 'id' | 'code';
  /** The request's loader of that type: `node(id:)` uses the loaders every other field uses. */
  readonly loader: (loaders: Loaders) => DataLoader<string, object | null>;
}

/**
 * Every GraphQL type that implements `Node`, by its type name: the one list
 * of what a global id may name (a test pins it to the schema's
 * implementations of `Node`).
 */
export const NODE_TYPES = {
  Organisation: { key: 'id', loader: (loaders) => loaders.organisationById },
  Project: { key: 'id', loader: (loaders) => loaders.projectById },
  FundingSource: { key: 'id', loader: (loaders) => loaders.fundingSourceById },
  Country: { key: 'code', loader: (loaders) => loaders.countryByCode },
  Region: { key: 'id', loader: (loaders) => loaders.regionById },
  Programme: { key: 'id', loader: (loaders) => loaders.programmeById },
  PolicyArea: { key: 'id', loader: (loaders) => loaders.policyAreaById },
  Task: { key: 'id', loader: (loaders) => loaders.taskById },
  Person: { key: 'id', loader: (loaders) => loaders.personById },
  Topic: { key: 'id', loader: (loaders) => loaders.topicById },
  Event: { key: 'id', loader: (loaders) => loaders.eventById },
  Document: { key: 'id', loader: (loaders) => loaders.documentById },
  Source: { key: 'id', loader: (loaders) => loaders.sourceById },
  Resolution: { key: 'id', loader: (loaders) => loaders.resolutionById },
  DuplicateCandidate: { key: 'id', loader: (loaders) => loaders.duplicateCandidateById },
} as const satisfies Record<string, NodeType>;

export type NodeTypeName = keyof typeof NODE_TYPES;

/** The type names a global id may start with, as people read them in error messages. */
export const NODE_TYPE_NAMES = Object.keys(NODE_TYPES) as NodeTypeName[];

export function isNodeTypeName(name: string): name is NodeTypeName {
  return Object.hasOwn(NODE_TYPES, name);
}
