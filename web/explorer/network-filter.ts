/** The explorer's filter: the `NetworkFilter` of `partnershipNetwork`, minus `maxEdges`. */
export interface NetworkFilter {
  projectIds: string[];
  countryCodes: string[];
  fundingSourceIds: string[];
  policyAreaIds: string[];
  activeFrom: number | null;
  activeTo: number | null;
  minWeight: number | null;
}

/** No filter: the whole network. */
export const EMPTY_FILTER: NetworkFilter = {
  projectIds: [],
  countryCodes: [],
  fundingSourceIds: [],
  policyAreaIds: [],
  activeFrom: null,
  activeTo: null,
  minWeight: null,
};

export const LIST_KEYS = [
  'projectIds',
  'countryCodes',
  'fundingSourceIds',
  'policyAreaIds',
] as const;
export const NUMBER_KEYS = ['activeFrom', 'activeTo', 'minWeight'] as const;

/**
 * The filter as query parameters, with the names the exports take
 * (`countryCodes=DE,LV&activeFrom=2015`): the explorer's address and its
 * export links use the same string.
 */
export function filterToSearchParams(filter: NetworkFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of LIST_KEYS) {
    if (filter[key].length > 0) params.set(key, filter[key].join(','));
  }
  for (const key of NUMBER_KEYS) {
    const value = filter[key];
    if (value !== null) params.set(key, String(value));
  }
  return params;
}

/** Reads a filter from query parameters; unreadable numbers are left out. */
export function filterFromSearchParams(params: URLSearchParams): NetworkFilter {
  const filter: NetworkFilter = { ...EMPTY_FILTER };
  for (const key of LIST_KEYS) {
    filter[key] = (params.get(key) ?? '')
      .split(',')
      .map((value) => value.trim())
      .filter((value) => value.length > 0);
  }
  for (const key of NUMBER_KEYS) {
    const text = params.get(key);
    const value = text === null ? NaN : Number(text);
    filter[key] = Number.isInteger(value) ? value : null;
  }
  return filter;
}

/** The filter as the `NetworkFilter` GraphQL input (empty parts left out). */
export function filterToVariables(filter: NetworkFilter): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const key of LIST_KEYS) {
    if (filter[key].length > 0) input[key] = filter[key];
  }
  for (const key of NUMBER_KEYS) {
    if (filter[key] !== null) input[key] = filter[key];
  }
  return input;
}
