import { UNKNOWN_FILTER_IDS_FRAGMENT } from '../filters/unknown-filter-ids-fragment.js';
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
 * The fragments statements may use after a `{` or `,` (see cypher-library.ts):
 * in a map projection (`o {...Organisation}`), an entity's stored properties
 * as its model class marks them, stated there once; and blocks several
 * statements share.
 */
export const CYPHER_FRAGMENTS: Readonly<Record<string, string>> = {
  Organisation: projection(ORGANISATION_FIELDS),
  Project: projection(PROJECT_FIELDS),
  Country: projection(COUNTRY_FIELDS),
  /** The partnership edge's properties (its citations included). */
  Participation: projection(PARTICIPATION_FIELDS),
  /** Not a projection: the body of a list statement's unknown-id block (`CALL () { ...UnknownFilterIds }`). */
  UnknownFilterIds: UNKNOWN_FILTER_IDS_FRAGMENT,
};
