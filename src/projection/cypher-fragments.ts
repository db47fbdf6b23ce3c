import {
  COUNTRY_FIELDS,
  ORGANISATION_FIELDS,
  PARTICIPATION_FIELDS,
  PROJECT_FIELDS,
  type StoredFields,
} from './stored-fields.js';

/** `.id, .name, …`: a map projection of every stored property. */
const projection = (stored: StoredFields): string =>
  Object.values(stored.fields)
    .map((property) => `.${property}`)
    .join(', ');

/**
 * The fragments statements may use in a map projection (`o {...Organisation}`,
 * see cypher-library.ts): an entity's stored properties as its model class
 * marks them, stated there once.
 */
export const CYPHER_FRAGMENTS: Readonly<Record<string, string>> = {
  Organisation: projection(ORGANISATION_FIELDS),
  Project: projection(PROJECT_FIELDS),
  Country: projection(COUNTRY_FIELDS),
  /** The partnership edge's properties (its citations included). */
  Participation: projection(PARTICIPATION_FIELDS),
};
