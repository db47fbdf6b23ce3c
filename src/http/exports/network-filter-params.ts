import { isCountryCode } from '../../domain/country-code.js';
import type { Request } from 'express';
import { badParameter } from './export-error.js';
import { NETWORK_GROUP_PARAMETERS } from './network-group-params.js';

/** The `NetworkFilter` input of `partnershipNetwork`, as GraphQL variables. */
export interface NetworkFilterVariables {
  projectIds?: string[];
  countryCodes?: string[];
  fundingSourceIds?: string[];
  policyAreaIds?: string[];
  activeFrom?: number;
  activeTo?: number;
  minWeight?: number;
  maxEdges?: number;
  includeUndated?: boolean;
}

const LIST_PARAMETERS = [
  'projectIds',
  'countryCodes',
  'fundingSourceIds',
  'policyAreaIds',
] as const;
const INT_PARAMETERS = ['activeFrom', 'activeTo', 'minWeight', 'maxEdges'] as const;
const BOOLEAN_PARAMETERS = ['includeUndated'] as const;

/** The query parameters the network exports accept: exactly the fields of `NetworkFilter`. */
export const NETWORK_FILTER_PARAMETERS: readonly string[] = [
  ...LIST_PARAMETERS,
  ...INT_PARAMETERS,
  ...BOOLEAN_PARAMETERS,
];

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

/** All values of a parameter: repeated (`?a=1&a=2`) and comma-separated (`?a=1,2`) alike. */
function valuesOf(raw: unknown): string[] {
  const parts = Array.isArray(raw) ? raw : [raw];
  return parts
    .flatMap((part) => (typeof part === 'string' ? part.split(',') : []))
    .map((value) => value.trim())
    .filter((value) => value.length > 0);
}

function parseInteger(parameter: string, raw: unknown): number | undefined {
  const values = valuesOf(raw);
  if (values.length === 0) return undefined;
  const [text] = values;
  if (values.length > 1 || text === undefined || !/^-?\d+$/.test(text)) {
    throw badParameter(parameter, `"${parameter}" must be one integer, but got: ${String(raw)}`);
  }
  const value = Number(text);
  if (value < INT32_MIN || value > INT32_MAX) {
    throw badParameter(parameter, `"${parameter}" is out of range: ${text}`);
  }
  return value;
}

function parseBoolean(parameter: string, raw: unknown): boolean | undefined {
  const values = valuesOf(raw);
  if (values.length === 0) return undefined;
  const [text] = values;
  if (values.length > 1 || (text !== 'true' && text !== 'false')) {
    throw badParameter(parameter, `"${parameter}" must be true or false, but got: ${String(raw)}`);
  }
  return text === 'true';
}

/**
 * Reads the filter of a network export from the query string, with the names
 * and meaning of `partnershipNetwork(filter:)`: lists comma-separated or
 * repeated, years and bounds as integers. Unknown parameters, non-integers
 * and malformed country codes are refused with the parameter's name; the
 * API itself checks the rest (bounds, unknown ids).
 */
export function parseNetworkFilter(query: Request['query']): NetworkFilterVariables {
  for (const name of Object.keys(query)) {
    if (!NETWORK_FILTER_PARAMETERS.includes(name) && !NETWORK_GROUP_PARAMETERS.includes(name)) {
      throw badParameter(
        name,
        `Unknown query parameter "${name}"; use ${[...NETWORK_FILTER_PARAMETERS, ...NETWORK_GROUP_PARAMETERS].join(', ')}`,
      );
    }
  }
  const filter: NetworkFilterVariables = {};
  for (const name of LIST_PARAMETERS) {
    const values = valuesOf(query[name]);
    if (values.length > 0) filter[name] = [...new Set(values)];
  }
  const badCode = filter.countryCodes?.find((code) => !isCountryCode(code));
  if (badCode !== undefined) {
    throw badParameter(
      'countryCodes',
      `"countryCodes" takes ISO 3166-1 alpha-2 codes such as DE or LV, but got: ${badCode}`,
    );
  }
  for (const name of INT_PARAMETERS) {
    const value = parseInteger(name, query[name]);
    if (value !== undefined) filter[name] = value;
  }
  for (const name of BOOLEAN_PARAMETERS) {
    const value = parseBoolean(name, query[name]);
    if (value !== undefined) filter[name] = value;
  }
  return filter;
}
