import { stringify } from 'csv-stringify/sync';
import type { ExportNetwork } from './network-operation.js';

/**
 * Organisations, one per row, with the column names Gephi's spreadsheet
 * import recognises (Id, Label). A byte-order mark tells spreadsheets the
 * file is UTF-8 ("Halsnæs" stays "Halsnæs").
 */
export function networkNodesCsv(network: ExportNetwork): string {
  return stringify(
    network.nodes.map((node) => ({
      Id: node.id,
      Label: node.name,
      Acronym: node.acronym ?? '',
      Country: node.countryCode ?? '',
      Kind: node.kind,
      ProjectCount: node.projectCount,
    })),
    {
      bom: true,
      header: true,
      columns: ['Id', 'Label', 'Acronym', 'Country', 'Kind', 'ProjectCount'],
    },
  );
}

/** Co-partnerships, one per row: Source, Target, Type (Undirected), Weight, ProjectIds (";"-separated). */
export function networkEdgesCsv(network: ExportNetwork): string {
  return stringify(
    network.edges.map((edge) => ({
      Source: edge.source,
      Target: edge.target,
      Type: 'Undirected',
      Weight: edge.weight,
      ProjectIds: edge.projectIds.join(';'),
    })),
    { bom: true, header: true, columns: ['Source', 'Target', 'Type', 'Weight', 'ProjectIds'] },
  );
}
