import { badUserInput } from '../errors.js';
import { groupIdOf } from './group-network.js';
import type { NetworkAnalysis, NetworkGroupingKey } from './network-analysis.js';

/**
 * The ids of one group's organisations (the drill-down of an aggregated
 * view), in id order; a group the analysis does not have is refused,
 * naming the argument and the largest groups it has.
 */
export function groupMemberIds(
  analysis: NetworkAnalysis,
  groupBy: NetworkGroupingKey,
  id: string,
): string[] {
  const known = analysis.groupedBy[groupBy].groups;
  if (!known.some((group) => group.id === id)) {
    const largest = known.slice(0, 10).map((group) => JSON.stringify(group.id));
    throw badUserInput(
      `"group.id" names no ${groupBy} of this network: ${JSON.stringify(id.slice(0, 100))} ` +
        `(it has ${known.length} groups${largest.length > 0 ? `; the largest: ${largest.join(', ')}` : ''})`,
      { argument: 'group.id' },
    );
  }
  return analysis.organisations
    .filter((organisation) => groupIdOf(organisation, groupBy) === id)
    .map((organisation) => organisation.id)
    .sort();
}
