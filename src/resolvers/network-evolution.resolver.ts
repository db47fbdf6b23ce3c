import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { networkAnalyticsFor } from '../analytics/network-analytics.js';
import type { Context } from '../context.js';
import { NetworkEvolution } from '../model/analytics/network-evolution.type.js';
import { NetworkFilter } from '../model/network-filter.input.js';
import { checkedSlice } from './analytics-filter.js';
import { checkInt } from './check-int.js';

@Resolver()
export class NetworkEvolutionResolver {
  @Query(() => NetworkEvolution, {
    description:
      'How the co-partnership network of a filter grew, period by period: for the projects active in ' +
      'each period, its organisations, ties, new ties, density and the organisations that gained most ' +
      'co-partners (e.g. `yearsPerPeriod: 7` for framework-programme periods).',
  })
  async networkEvolution(
    @Arg('filter', () => NetworkFilter, { nullable: true }) filter: NetworkFilter | null,
    @Arg('yearsPerPeriod', () => Int, {
      defaultValue: 1,
      description: 'Years in each period (1–50).',
    })
    yearsPerPeriod: number,
    @Ctx() { graph }: Context,
  ): Promise<NetworkEvolution> {
    checkInt('yearsPerPeriod', yearsPerPeriod, 1, 50);
    const slice = await checkedSlice(graph, filter, 0);
    return networkAnalyticsFor(graph).evolution(graph, slice, yearsPerPeriod);
  }
}
