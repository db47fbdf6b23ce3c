import type { ClassType } from 'type-graphql';
import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from './page-info.type.js';

/** One item of a connection and its cursor. */
export interface Edge<T> {
  cursor: string;
  node: T;
}

/** The shape every connection has: a page of items, their cursors, and the total. */
export interface Connection<T> {
  totalCount: number;
  pageInfo: PageInfo;
  edges: Edge<T>[];
  nodes: T[];
}

/**
 * Makes the `<Name>Connection` and `<Name>Edge` object types for a node type
 * (type-graphql's generic-type pattern: a class factory per node type).
 */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `A ${name} and its cursor.` })
  class EdgeType implements Edge<T> {
    @Field(() => String, { description: 'Opaque position; pass as `after` to continue from here.' })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType()
  abstract class ConnectionClass implements Connection<T> {
    @Field(() => Int, { description: 'How many items match, across all pages.' })
    totalCount!: number;

    @Field(() => PageInfo, { description: 'Where this page sits in the list.' })
    pageInfo!: PageInfo;

    @Field(() => [EdgeType], { description: 'The items of this page with their cursors.' })
    edges!: EdgeType[];

    @Field(() => [nodeType], { description: 'The items of this page (without cursors).' })
    nodes!: T[];
  }
  return ConnectionClass;
}
