import type { ModelClass } from '../loaders/adopt-model.js';
import { Country } from '../model/country.type.js';
import { Organisation } from '../model/organisation.type.js';
import { Project } from '../model/project.type.js';
import { storedPropertiesOf } from '../model/stored-field.decorator.js';

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

const sameNames = (...names: readonly string[]): Record<string, string> =>
  Object.fromEntries(names.map((name) => [name, name]));

/** The stored fields of an entity, as its model class marks them (see `@StoredField`). */
const entityFields = (model: ModelClass, key: string): StoredFields => ({
  key,
  fields: sameNames(...storedPropertiesOf(model)),
});

export const ORGANISATION_FIELDS = entityFields(Organisation, 'id');
export const PROJECT_FIELDS = entityFields(Project, 'id');
export const COUNTRY_FIELDS = entityFields(Country, 'code');

/** The partnership edge; `sources` is parsed from its `citations`. */
export const PARTICIPATION_FIELDS: StoredFields = {
  fields: {
    ...sameNames(
      'role',
      'task',
      'note',
      'ecContributionEur',
      'netEcContributionEur',
      'totalCostEur',
      'sme',
      'endOfParticipation',
    ),
    sources: 'citations',
  },
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
