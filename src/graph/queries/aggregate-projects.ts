import type { UnknownFilterId } from '../../filters/filter-id-checks.js';
import type { AggregateBucket, AggregateDimension } from '../../model/aggregate.type.js';
import type { GraphClient } from '../graph-client.js';

/** One group as the statement returns it: a null key is the group of projects in none. */
export type AggregateBucketRow = Omit<AggregateBucket, 'key' | 'label'> & {
  key: string | null;
  label: string | null;
};

/**
 * Counts and money of the projects a filter selects, grouped `by` a
 * dimension, with the filter's unknown ids from the same read. `filter` is
 * the filter's conditions and options (see src/filters/project-filter-params.ts).
 */
export async function aggregateProjects(
  graph: GraphClient,
  params: { by: AggregateDimension; maxEur: number; filter: Record<string, unknown> },
): Promise<{ buckets: AggregateBucketRow[]; unknownIds: UnknownFilterId[] }> {
  const [row] = await graph.read<{ buckets: AggregateBucketRow[]; unknownIds: UnknownFilterId[] }>(
    'queries/aggregate-projects',
    { ...params.filter, by: params.by, maxEur: params.maxEur },
  );
  return { buckets: row?.buckets ?? [], unknownIds: row?.unknownIds ?? [] };
}
