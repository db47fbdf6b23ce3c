import { LIST_SEPARATOR } from './list-separator.js';
import type { ExportNetwork, ExportNodeMetrics } from './network-operation.js';
import { spreadsheetCsv } from './spreadsheet-csv.js';

/** The analytics columns of the node file, after the descriptive ones. */
const METRIC_COLUMNS: ReadonlyArray<readonly [string, keyof ExportNodeMetrics]> = [
  ['Degree', 'degree'],
  ['WeightedDegree', 'weightedDegree'],
  ['PageRank', 'pageRank'],
  ['Betweenness', 'betweenness'],
  ['BrokerScore', 'brokerScore'],
  ['Community', 'community'],
];

/**
 * Organisations, one per row, with the column names Gephi's spreadsheet
 * import recognises (Id, Label), then their analytics (Degree … Community). A byte-order mark tells spreadsheets the
 * file is UTF-8 ("Halsnæs" stays "Halsnæs").
 */
export function networkNodesCsv(network: ExportNetwork): string {
  return spreadsheetCsv(
    [
      'Id',
      'Label',
      'Acronym',
      'Country',
      'Kind',
      'ProjectCount',
      ...METRIC_COLUMNS.map(([column]) => column),
    ],
    network.nodes.map((node, index) => {
      const metrics = network.nodeMetrics[index] ?? null;
      return {
        Id: node.id,
        Label: node.name,
        Acronym: node.acronym ?? '',
        Country: node.countryCode ?? '',
        Kind: node.kind,
        ProjectCount: node.projectCount,
        ...Object.fromEntries(
          METRIC_COLUMNS.map(([column, field]) => [column, metrics ? metrics[field] : '']),
        ),
      };
    }),
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
