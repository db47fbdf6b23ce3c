import type { NetworkFilter } from '../model/network-filter.input.js';
import { countryCodesOrNull, listOrNull } from '../filters/filter-values.js';

/** The parts of a NetworkFilter that choose the slice (not how much of it is drawn). */
export interface SliceFilter {
  projectIds: string[] | null;
  countryCodes: string[] | null;
  fundingSourceIds: string[] | null;
  policyAreaIds: string[] | null;
  activeFrom: number | null;
  activeTo: number | null;
}

/** The slice a filter selects, lists sorted and deduplicated so equal slices get equal cache keys. */
export function sliceFilterOf(filter: NetworkFilter | null | undefined): SliceFilter {
  const sorted = (values: string[] | null): string[] | null =>
    values ? [...new Set(values)].sort() : null;
  return {
    projectIds: sorted(listOrNull(filter?.projectIds)),
    countryCodes: sorted(countryCodesOrNull(filter?.countryCodes)),
    fundingSourceIds: sorted(listOrNull(filter?.fundingSourceIds)),
    policyAreaIds: sorted(listOrNull(filter?.policyAreaIds)),
    activeFrom: filter?.activeFrom ?? null,
    activeTo: filter?.activeTo ?? null,
  };
}

/** True when the filter selects the whole network. */
export function isWholeNetwork(slice: SliceFilter): boolean {
  return Object.values(slice).every((value) => value === null);
}

/** A stable text key of the slice. */
export function sliceKey(slice: SliceFilter): string {
  return JSON.stringify(slice);
}
