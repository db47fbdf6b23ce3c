import type { Request } from 'express';
import { MAX_SEED } from '../../resolvers/analytics-filter.js';
import { badParameter } from './export-error.js';

/** The `group` argument of `partnershipNetwork`: one group of `groupedNetwork` to drill into. */
export interface NetworkGroupVariables {
  groupBy: 'COUNTRY' | 'COMMUNITY';
  id: string;
  seed?: number;
}

/** The query parameters of a drill-down export: `groupBy=country&group=LV` (and `seed`). */
export const NETWORK_GROUP_PARAMETERS: readonly string[] = ['groupBy', 'group', 'seed'];

/** A parameter given once, or undefined; repeated or empty is refused with its name. */
function single(parameter: string, raw: unknown): string | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string' || raw.trim() === '') {
    throw badParameter(parameter, `"${parameter}" must be given once, with a value`);
  }
  return raw.trim();
}

/**
 * Reads the drill-down of a network export (the organisations of one country
 * or community and their ties), or undefined when none is asked for;
 * `groupBy` and `group` go together. The API checks that the group exists.
 */
export function parseNetworkGroup(query: Request['query']): NetworkGroupVariables | undefined {
  const groupBy = single('groupBy', query.groupBy);
  const id = single('group', query.group);
  const seed = single('seed', query.seed);
  if (groupBy === undefined && id === undefined && seed === undefined) return undefined;
  if (groupBy === undefined || id === undefined) {
    throw badParameter(
      groupBy === undefined ? 'groupBy' : 'group',
      '"groupBy" (country or community) and "group" (its id in groupedNetwork) go together',
    );
  }
  const grouping = groupBy.toUpperCase();
  if (grouping !== 'COUNTRY' && grouping !== 'COMMUNITY') {
    throw badParameter(
      'groupBy',
      `"groupBy" must be country or community, but got: ${groupBy.slice(0, 100)}`,
    );
  }
  if (seed !== undefined && (!/^\d{1,10}$/.test(seed) || Number(seed) > MAX_SEED)) {
    throw badParameter('seed', `"seed" must be an integer from 0 to ${MAX_SEED}`);
  }
  return { groupBy: grouping, id, ...(seed !== undefined ? { seed: Number(seed) } : {}) };
}
