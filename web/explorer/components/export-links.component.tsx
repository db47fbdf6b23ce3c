import { filterToSearchParams, type NetworkFilter } from '../network-filter';

const FORMATS = [
  { file: 'network.graphml', label: 'GraphML (Gephi)' },
  { file: 'network-nodes.csv', label: 'Nodes CSV' },
  { file: 'network-edges.csv', label: 'Edges CSV' },
  { file: 'network.json', label: 'JSON' },
] as const;

/** Download links for the network as filtered, in every export format. */
export function ExportLinks({ filter }: { filter: NetworkFilter }) {
  const query = filterToSearchParams(filter).toString();
  return (
    <nav className="exports" aria-label="Export the network">
      <span>Export:</span>
      {FORMATS.map((format) => (
        <a
          key={format.file}
          href={`/exports/${format.file}${query ? `?${query}` : ''}`}
          download={format.file}
          data-export={format.file}
        >
          {format.label}
        </a>
      ))}
    </nav>
  );
}
