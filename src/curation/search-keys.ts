import { normaliseName } from '../domain/normalise-name.js';

/** A node's names as a write statement returns them. */
export interface NamedRow {
  id: string;
  name: string;
  acronym?: string | null;
  code?: string | null;
  aliases?: string[] | null;
}

/** The folded `searchKey` and the `searchText` the full-text index reads, from all of a node's names. */
export function searchKeys(row: NamedRow): { id: string; searchKey: string; searchText: string } {
  const aliases = row.aliases ?? [];
  const names = [row.name, row.acronym, row.code, ...aliases].filter(
    (name): name is string => typeof name === 'string' && name.length > 0,
  );
  return {
    id: row.id,
    searchKey: names.map(normaliseName).join(' | '),
    searchText: aliases.map((alias) => ` ${alias}`).join(''),
  };
}
