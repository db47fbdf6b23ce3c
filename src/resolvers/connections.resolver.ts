import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { badUserInput } from '../errors.js';
import { connections } from '../graph/queries/connections.js';
import { PartnershipPath } from '../model/partnership-path.type.js';
import { unknownIdsError } from './assert-known-ids.js';
import { checkInt } from './check-int.js';
import { pathOfChain } from './path-of-chain.js';

/** Longest chain searched, as for `connection`. */
const MAX_HOPS = 6;
/** Most chains one request may ask for. */
export const MAX_CONNECTIONS = 20;

@Resolver()
export class ConnectionsResolver {
  @Query(() => [PartnershipPath], {
    description:
      'All shortest chains organisation → project → organisation → … between two organisations ' +
      '(at most `first`, strongest roles first), or none when they are not connected within ' +
      '`maxHops`; `connection` returns the first of them.',
  })
  async connections(
    @Arg('fromId', () => ID, { description: 'Organisation the chains start at.' }) fromId: string,
    @Arg('toId', () => ID, { description: 'Organisation the chains end at.' }) toId: string,
    @Arg('maxHops', () => Int, {
      defaultValue: 4,
      description: `Longest chain to accept (1–${MAX_HOPS}).`,
    })
    maxHops: number,
    @Arg('first', () => Int, {
      defaultValue: 10,
      description: `How many chains at most (1–${MAX_CONNECTIONS}).`,
    })
    first: number,
    @Ctx() { graph }: Context,
  ): Promise<PartnershipPath[]> {
    checkInt('maxHops', maxHops, 1, MAX_HOPS);
    checkInt('first', first, 1, MAX_CONNECTIONS);
    if (fromId === toId) {
      throw badUserInput(`"toId" must differ from "fromId", but both are "${fromId}"`, {
        argument: 'toId',
      });
    }
    const found = await connections(graph, { fromId, toId, maxHops, first });
    if (found.unknownIds.length > 0) {
      throw unknownIdsError('Organisation', found.unknownIds, 'fromId/toId');
    }
    return found.paths.map(pathOfChain);
  }
}
