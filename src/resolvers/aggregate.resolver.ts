import type { StatementName } from '../graph/statement-names.js';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { MAX_EUR } from '../domain/money.js';
import { AggregateBucket, AggregateDimension, GraphTotals } from '../model/aggregate.type.js';
import { selectedFields } from '../projection/selected-fields.js';

/** Which statement groups by which dimension. */
const STATEMENTS: Record<AggregateDimension, StatementName> = {
  [AggregateDimension.COUNTRY]: 'queries/aggregate-by-country',
  [AggregateDimension.FUNDING_SOURCE]: 'queries/aggregate-by-funding-source',
  [AggregateDimension.POLICY_AREA]: 'queries/aggregate-by-policy-area',
  [AggregateDimension.ROLE]: 'queries/aggregate-by-role',
  [AggregateDimension.START_YEAR]: 'queries/aggregate-by-start-year',
};

@Resolver()
export class AggregateResolver {
  @Query(() => [AggregateBucket], {
    description:
      'Counts and budget totals grouped by country, funding source, policy area, role or start year ' +
      '(largest group first; years in order).',
  })
  aggregate(
    @Arg('by', () => AggregateDimension, { description: 'What to group by.' })
    by: AggregateDimension,
    @Ctx() { graph }: Context,
  ) {
    // Sums count each stored amount within the one bound, so no stored value fails the read.
    return graph.read<AggregateBucket>(STATEMENTS[by], { maxEur: MAX_EUR });
  }

  @Query(() => GraphTotals, { description: 'How much of everything the graph holds.' })
  totals(@Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    const fields = selectedFields(info, []);
    const sums = fields.has('totalBudgetEur') || fields.has('euContributionEur');
    return loaders.graphTotals.load(sums ? 'sums' : 'counts');
  }
}
