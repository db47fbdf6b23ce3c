import type { GroupView } from '../api/grouped-network-api';
import { filterToSearchParams, type NetworkFilter } from '../network-filter';

const FORMATS = [
  { file: 'network.graphml', label: 'GraphML (Gephi)' },
  { file: 'network-nodes.csv', label: 'Nodes CSV' },
  { file: 'network-edges.csv', label: 'Edges CSV' },
  { file: 'network.json', label: 'JSON' },
] as const;

/** Download links for the network as filtered (and drilled into one group), in every export format. */
export function ExportLinks({ filter, view }: { filter: NetworkFilter; view?: GroupView }) {
  const params = filterToSearchParams(filter);
  if (view && view.groupBy !== 'organisations' && view.groupId !== null) {
    params.set('groupBy', view.groupBy);
    params.set('group', view.groupId);
  }
  const query = params.toString();
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
