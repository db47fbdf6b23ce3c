import { registerEnumType } from 'type-graphql';

/** Ascending or descending; ties are always broken by id, so pages are stable. */
export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(SortDirection, { name: 'SortDirection', description: 'Sort order.' });
