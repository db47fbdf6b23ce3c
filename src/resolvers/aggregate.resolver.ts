import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { MAX_EUR } from '../domain/money.js';
import { ParticipationRole } from '../domain/participation-role.js';
import { assertNoUnknownIds } from '../filters/filter-id-checks.js';
import { projectConditions, projectFilterOptions } from '../filters/project-filter-params.js';
import { aggregateProjects, type AggregateBucketRow } from '../graph/queries/aggregate-projects.js';
import { AggregateBucket, AggregateDimension, GraphTotals } from '../model/aggregate.type.js';
import { ProjectFilter } from '../model/project-filter.input.js';
import { selectedFields } from '../projection/selected-fields.js';

/** The key of the group of projects that fall in none (no partner country, funder …). */
export const NO_GROUP_KEY = 'NONE';

/** How the group of projects that fall in none is labelled, per dimension. */
const NO_GROUP_LABELS: Record<AggregateDimension, string> = {
  [AggregateDimension.COUNTRY]: 'No partner country',
  [AggregateDimension.FUNDING_SOURCE]: 'No funding source',
  [AggregateDimension.POLICY_AREA]: 'No policy area',
  [AggregateDimension.ROLE]: 'No partners',
  [AggregateDimension.START_YEAR]: 'No start year',
};

/** Role keys as the rest of the API spells them (CONTRIBUTING_PARTNER), by stored role. */
const ROLE_KEYS = new Map<string, string>(
  Object.entries(ParticipationRole).map(([name, stored]) => [stored, name]),
);

/** A bucket as the API returns it: enum-style role keys, the no-group bucket named. */
function bucketOf(by: AggregateDimension, row: AggregateBucketRow): AggregateBucket {
  if (row.key === null) return { ...row, key: NO_GROUP_KEY, label: NO_GROUP_LABELS[by] };
  const key = by === AggregateDimension.ROLE ? (ROLE_KEYS.get(row.key) ?? row.key) : row.key;
  return { ...row, key, label: row.label ?? row.key };
}

/** Years in order; other dimensions largest group first; the no-group bucket last. */
function compareBuckets(by: AggregateDimension) {
  return (a: AggregateBucket, b: AggregateBucket): number => {
    if ((a.key === NO_GROUP_KEY) !== (b.key === NO_GROUP_KEY))
      return a.key === NO_GROUP_KEY ? 1 : -1;
    if (by === AggregateDimension.START_YEAR) return Number(a.key) - Number(b.key);
    if (by === AggregateDimension.ROLE && a.participationCount !== b.participationCount) {
      return b.participationCount - a.participationCount;
    }
    if (a.projectCount !== b.projectCount) return b.projectCount - a.projectCount;
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  };
}

@Resolver()
export class AggregateResolver {
  @Query(() => [AggregateBucket], {
    description:
      'Counts and budgets of the projects `projects(filter:)` lists, grouped by country, funding ' +
      'source, policy area, role or start year (largest group first; years in order). Budgets are ' +
      "shares: a project's budget is split equally among its groups, so they add up to the total.",
  })
  async aggregate(
    @Arg('by', () => AggregateDimension, { description: 'What to group by.' })
    by: AggregateDimension,
    @Arg('filter', () => ProjectFilter, {
      nullable: true,
      description: 'Which projects to count: the filter of `projects`.',
    })
    filter: ProjectFilter | null,
    @Ctx() { graph }: Context,
  ): Promise<AggregateBucket[]> {
    // Sums count each stored amount within the one bound, so no stored value fails the read.
    const { buckets, unknownIds } = await aggregateProjects(graph, {
      by,
      maxEur: MAX_EUR,
      filter: { ...projectConditions(filter), ...projectFilterOptions(filter) },
    });
    assertNoUnknownIds(unknownIds);
    return buckets.map((bucket) => bucketOf(by, bucket)).sort(compareBuckets(by));
  }

  @Query(() => GraphTotals, { description: 'How much of everything the graph holds.' })
  totals(@Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    const fields = selectedFields(info, []);
    const sums = fields.has('totalBudgetEur') || fields.has('euContributionEur');
    return loaders.graphTotals.load(sums ? 'sums' : 'counts');
  }
}
