/**
 * The fields of an object type that are read straight from a property of
 * its node or edge, so that a statement can fetch just the properties a
 * request selects. Every other field of the type (relationships, sources …)
 * is resolved from the key alone.
 */
export interface StoredFields {
  /** The identifying property; always fetched, since field resolvers look things up by it. */
  key?: string;
  /** Field name → property name, in the order properties are fetched. */
  fields: Readonly<Record<string, string>>;
}

const sameNames = (...names: string[]): Record<string, string> =>
  Object.fromEntries(names.map((name) => [name, name]));

export const ORGANISATION_FIELDS: StoredFields = {
  key: 'id',
  fields: sameNames(
    'id',
    'name',
    'acronym',
    'aliases',
    'kind',
    'city',
    'summary',
    'founded',
    'memberCountryCount',
    'meetingsPerYear',
  ),
};

export const PROJECT_FIELDS: StoredFields = {
  key: 'id',
  fields: sameNames(
    'id',
    'code',
    'name',
    'acronym',
    'aliases',
    'kind',
    'status',
    'isFlagship',
    'flagshipSince',
    'startDate',
    'endDate',
    'durationMonths',
    'totalBudgetEur',
    'euContributionEur',
    'partnerCount',
    'countryCount',
    'place',
    'summary',
  ),
};

export const COUNTRY_FIELDS: StoredFields = { key: 'code', fields: sameNames('code', 'name') };

/** The partnership edge; `sources` is parsed from its `citations`. */
export const PARTICIPATION_FIELDS: StoredFields = {
  fields: { ...sameNames('role', 'task', 'note'), sources: 'citations' },
};

/** The funding edge; `sources` is parsed from its `citations`. */
export const FUNDING_FIELDS: StoredFields = {
  fields: { ...sameNames('amountEur', 'note'), sources: 'citations' },
};

/**
 * The properties to fetch for a selection: the key, then the property of
 * each selected stored field, in declaration order (so that equal selections
 * give equal lists, and share a loader).
 */
export function propertiesFor(stored: StoredFields, selected: ReadonlySet<string>): string[] {
  const properties = stored.key ? [stored.key] : [];
  for (const [field, property] of Object.entries(stored.fields)) {
    if (selected.has(field) && !properties.includes(property)) properties.push(property);
  }
  return properties;
}
