import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { badUserInput } from '../errors.js';
import { MAX_NODE_IDS } from '../limits/list-bounds.js';
import { Node } from '../model/node.interface.js';
import { decodeNodeId, nodeIdOf, type DecodedNodeId } from '../node-ids/node-id.js';
import { isNodeTypeName, NODE_TYPES } from '../node-ids/node-types.js';

/** The entity a decoded global id names, through the request's loader of its type (null: none). */
function loadNode(context: Context, { type, key }: DecodedNodeId): Promise<object | null> {
  return NODE_TYPES[type].loader(context.loaders).load(key);
}

/**
 * Relay's Global Object Identification: any entity by its global id, and
 * every entity's global id. Lookups go through the same per-request loaders
 * as the rest of the API, so `nodes(ids:)` costs one statement per type asked
 * for and shares its cache with the request's other fields.
 */
@Resolver(() => Node)
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description:
      'Any entity by its global id (`nodeId`); null when no entity has it. ' +
      'A malformed id is BAD_USER_INPUT naming "id".',
  })
  node(
    @Arg('id', () => ID, { description: 'A global id, e.g. "Organisation:msb".' }) id: string,
    @Ctx() context: Context,
  ) {
    return loadNode(context, decodeNodeId(id, { argument: 'id' }));
  }

  @Query(() => [Node], {
    nullable: 'items',
    description:
      `Entities by global id, in the order asked (null where none has the id; at most ${MAX_NODE_IDS} ids). ` +
      'One malformed id refuses the request with BAD_USER_INPUT naming it.',
  })
  nodes(
    @Arg('ids', () => [ID], { description: 'Global ids (`nodeId`).' }) ids: string[],
    @Ctx() context: Context,
  ) {
    if (ids.length > MAX_NODE_IDS) {
      throw badUserInput(
        `"ids" must list at most ${MAX_NODE_IDS} global ids, but got: ${ids.length}`,
        { argument: 'ids' },
      );
    }
    // Every id is checked before any is looked up; the loads of one tick share a statement per type.
    const decoded = ids.map((id, index) => decodeNodeId(id, { argument: 'ids', index }));
    return Promise.all(decoded.map((node) => loadNode(context, node)));
  }

  @FieldResolver(() => ID)
  nodeId(@Root() entity: object, @Info() info: GraphQLResolveInfo): string {
    const type = info.parentType.name;
    if (!isNodeTypeName(type)) throw new Error(`${type} implements Node but has no global id`);
    const key = (entity as Record<string, unknown>)[NODE_TYPES[type].key];
    if (typeof key !== 'string') throw new Error(`A ${type} without its key reached nodeId`);
    return nodeIdOf(type, key);
  }
}
