import { LIST_SEPARATOR } from './list-separator.js';
import type { ExportNetwork } from './network-operation.js';
import { spreadsheetCsv } from './spreadsheet-csv.js';

/**
 * Organisations, one per row, with the column names Gephi's spreadsheet
 * import recognises (Id, Label). A byte-order mark tells spreadsheets the
 * file is UTF-8 ("Halsnæs" stays "Halsnæs").
 */
export function networkNodesCsv(network: ExportNetwork): string {
  return spreadsheetCsv(
    ['Id', 'Label', 'Acronym', 'Country', 'Kind', 'ProjectCount'],
    network.nodes.map((node) => ({
      Id: node.id,
      Label: node.name,
      Acronym: node.acronym ?? '',
      Country: node.countryCode ?? '',
      Kind: node.kind,
      ProjectCount: node.projectCount,
    })),
  );
}

/** Co-partnerships, one per row: Source, Target, Type (Undirected), Weight, ProjectIds (";"-separated). */
export function networkEdgesCsv(network: ExportNetwork): string {
  return spreadsheetCsv(
    ['Source', 'Target', 'Type', 'Weight', 'ProjectIds'],
    network.edges.map((edge) => ({
      Source: edge.source,
      Target: edge.target,
      Type: 'Undirected',
      Weight: edge.weight,
      ProjectIds: edge.projectIds.join(LIST_SEPARATOR),
    })),
  );
}
