/**
 * How every export writes a list in one cell or attribute (an edge's project
 * ids): `;`-separated, as spreadsheets and Gephi's importers read it. Ids are
 * slugs, so they never contain it.
 */
export const LIST_SEPARATOR = ';';
